// Close codes and reasons, and what happens when a connection fails.
// Run: ./wsjs --echo-server 8080 examples/close-codes.js

// 1. A clean close with an application code (3000-4999) and a reason. The echo server answers
//    the Close frame with the same code and reason.
const socket = new WebSocket("ws://localhost:8080");
socket.onopen = () => {
  try {
    socket.close(1001); // only 1000 and 3000-4999 are allowed from scripts
  } catch (e) {
    console.log(`close(1001) threw ${e.name}: ${e.message}`);
  }
  socket.close(4000, "Goodbye");
  console.log("readyState after close():", socket.readyState, "(CLOSING)");
};
socket.onclose = (event) => {
  console.log(`1. code=${event.code} reason="${event.reason}" wasClean=${event.wasClean}`);
  second();
};

// 2. close() before the connection is established: the connection fails, which fires `error`
//    and then `close` with code 1006 (abnormal closure) and wasClean false.
function second() {
  const early = new WebSocket("ws://localhost:8080");
  early.onerror = () => console.log("2. error event (no details are given to scripts)");
  early.onclose = (event) => {
    console.log(`2. code=${event.code} wasClean=${event.wasClean}`);
    third();
  };
  early.close();
}

// 3. close() without arguments sends a Close frame without a body; the close event reports the
//    code of the server's reply (1005, "no status received", when the reply has no code either).
function third() {
  const plain = new WebSocket("ws://localhost:8080");
  plain.onopen = () => plain.close();
  plain.onclose = (event) => console.log(`3. code=${event.code} wasClean=${event.wasClean}`);
}
