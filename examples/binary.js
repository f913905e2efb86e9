// Binary messages the browser way: send a Blob and an ArrayBuffer, receive Blobs (the default
// binaryType), then switch binaryType to "arraybuffer".
// Run: ./wsjs --echo-server 8080 examples/binary.js

const socket = new WebSocket("ws://localhost:8080");
let received = 0;

socket.onopen = () => {
  // A Blob: its bytes are sent as one binary message.
  socket.send(new Blob(["Hello, ", "Blob!"], { type: "text/plain" }));
  // An ArrayBuffer (or any typed array view).
  const floats = new Float32Array([Math.PI, Math.E]);
  socket.send(floats.buffer);
  console.log("bufferedAmount after two sends:", socket.bufferedAmount);
};

socket.onmessage = async (event) => {
  received++;
  if (event.data instanceof Blob) {
    // binaryType "blob" (the default): read the bytes asynchronously.
    console.log(`Blob of ${event.data.size} bytes:`, await event.data.text());
    // The next messages arrive as ArrayBuffers.
    socket.binaryType = "arraybuffer";
  } else {
    const view = new Float32Array(event.data);
    console.log(`ArrayBuffer of ${event.data.byteLength} bytes:`, Array.from(view, (x) => x.toFixed(5)).join(", "));
  }
  if (received === 2) socket.close();
};

socket.onclose = (event) => {
  console.log("Closed with code", event.code);
};
