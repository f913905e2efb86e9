// The MDN "Writing WebSocket client applications" example, unmodified in spirit:
// connect, say hello, print the echo, close.
// Run it against the built-in echo server:  ./wsjs --echo-server 8080 examples/echo.js

// Create WebSocket connection.
const socket = new WebSocket("ws://localhost:8080");

// Connection opened
socket.addEventListener("open", (event) => {
  console.log("Connected to", socket.url);
  socket.send("Hello Server!");
});

// Listen for messages
socket.addEventListener("message", (event) => {
  console.log("Message from server", event.data);
  socket.close(1000, "Work complete");
});

socket.addEventListener("error", (event) => {
  console.error("WebSocket error:", event);
});

socket.addEventListener("close", (event) => {
  console.log(`Closed: code=${event.code} reason="${event.reason}" wasClean=${event.wasClean}`);
});
