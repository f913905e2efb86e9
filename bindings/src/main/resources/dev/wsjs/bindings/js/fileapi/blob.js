// Blob and File (https://w3c.github.io/FileAPI/#blob-section, #file-section): immutable byte
// sequences with a MIME type. Construction copies the input bytes; slices share them.
// `lib.blobBytes(blob)` and `lib.createBlob(bytes, type)` move WebSocket message data in and out
// without copying.
(function (host, lib) {
  'use strict';
  const { webidl } = lib;
  const { typedArraySet } = webidl.intrinsics;

  const encoder = new TextEncoder();

  // https://w3c.github.io/FileAPI/#dom-blob-type: "If t contains any characters outside the range
  // U+0020 to U+007E, then set t to the empty string and return from these substeps. Convert every
  // character in t to ASCII lowercase."
  function normalizeType(t) {
    if (/[^\x20-\x7E]/.test(t)) return '';
    return t.replace(/[A-Z]+/g, (m) => m.toLowerCase());
  }

  // https://w3c.github.io/FileAPI/#convert-line-endings-to-native
  // Deviation: the native line ending is always "\n" (the host does not tell us its platform); this is
  // what Chromium does on Linux and macOS.
  function convertLineEndingsToNative(s) {
    return s.replace(/\r\n|\r/g, '\n');
  }

  // https://w3c.github.io/FileAPI/#dfn-BlobPropertyBag (members in lexicographic order: endings, type)
  function readBlobPropertyBag(dict, iface) {
    let endings = dict.endings;
    if (endings === undefined) {
      endings = 'transparent';
    } else {
      endings = webidl.toDOMString(endings);
      if (endings !== 'transparent' && endings !== 'native') {
        throw new TypeError(`Failed to construct '${iface}': Failed to read the 'endings' property from 'BlobPropertyBag': The provided value '${endings}' is not a valid enum value of type EndingType.`);
      }
    }
    const type = dict.type;
    return { endings, type: type === undefined ? '' : webidl.toDOMString(type) };
  }

  // https://webidl.spec.whatwg.org/#es-long-long for the values a time stamp can take (|x| < 2^53).
  // (webidl.toLongLong's modulo step loses precision for small negative and positive values.)
  function toLongLong(v) {
    const x = Number(v);
    if (!Number.isFinite(x)) return 0;
    const t = Math.trunc(x);
    return t === 0 ? 0 : t;
  }

  // sequence<BlobPart>
  const toBlobParts = (v, iface) => webidl.toSequence(v, toBlobPart, `Failed to construct '${iface}'`);

  // The Blob and File constructors' shared steps: bytes from the (converted) parts, and the normalized type.
  function constructBlobData(parts, dict, iface) {
    const { endings, type } = readBlobPropertyBag(dict, iface);
    return { bytes: processBlobParts(parts, endings), type: normalizeType(type) };
  }

  // Converts one BlobPart, (BufferSource or Blob or USVString), copying buffer bytes now: the Blob must
  // not see later writes to the caller's buffer.
  function toBlobPart(v) {
    if (isBlob(v)) return v;
    if (webidl.isBufferSource(v)) return webidl.copyBytes(v);
    return webidl.toUSVString(v);
  }

  // https://w3c.github.io/FileAPI/#process-blob-parts
  function processBlobParts(parts, endings) {
    // 1. Let bytes be an empty sequence of bytes.
    const chunks = [];
    let total = 0;
    // 2. For each element in parts:
    for (const element of parts) {
      let chunk;
      if (typeof element === 'string') {
        // 1. If element is a USVString: let s be element; if the endings member of options is "native",
        //    set s to the result of converting line endings to native of element; append the result of
        //    UTF-8 encoding s to bytes.
        chunk = encoder.encode(endings === 'native' ? convertLineEndingsToNative(element) : element);
      } else if (element instanceof Uint8Array) {
        // 2. If element is a BufferSource, get a copy of the bytes held by the buffer source, and append those bytes to bytes.
        chunk = element; // copied by toBlobPart
      } else {
        // 3. If element is a Blob, append the bytes it represents to bytes.
        chunk = blobBytes(element);
      }
      chunks.push(chunk);
      total += chunk.length;
    }
    if (chunks.length === 1) return chunks[0]; // a fresh copy, or another Blob's (immutable) bytes
    const bytes = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      typedArraySet(bytes, chunk, offset);
      offset += chunk.length;
    }
    // 3. Return bytes.
    return bytes;
  }

  let blobBytes, isBlob;

  // https://w3c.github.io/FileAPI/#blob-section
  class Blob {
    // The byte sequence this Blob represents (may be a view shared with other Blobs; never written).
    #bytes;
    #type;

    // https://w3c.github.io/FileAPI/#constructorBlob
    constructor(blobParts = undefined, options = undefined) {
      if (blobParts === webidl.internal) { // lib.createBlob, slice() and File: options is { bytes, type }
        this.#bytes = options.bytes;
        this.#type = options.type;
        return;
      }
      // 1. If invoked with zero parameters, return a new Blob object consisting of 0 bytes, with size set
      //    to 0, and with type set to the empty string.
      // 2. Let bytes be the result of processing blob parts given blobParts and options.
      // 3. If the type member of the options argument is not the empty string, run the following
      //    sub-steps: (normalize it, see normalizeType).
      const parts = blobParts === undefined ? [] : toBlobParts(blobParts, 'Blob');
      const { bytes, type } = constructBlobData(parts, webidl.toDictionary(options, "Failed to construct 'Blob'"), 'Blob');
      this.#bytes = bytes;
      this.#type = type;
    }

    // https://w3c.github.io/FileAPI/#dfn-size: "Returns the size of the byte sequence in number of bytes."
    get size() {
      checkBrand(this);
      return this.#bytes.length;
    }

    // https://w3c.github.io/FileAPI/#dfn-type: "the ASCII-encoded string in lower case representing the media type of the Blob."
    get type() {
      checkBrand(this);
      return this.#type;
    }

    // https://w3c.github.io/FileAPI/#dfn-slice
    slice(start = undefined, end = undefined, contentType = undefined) {
      checkBrand(this);
      // [Clamp] long long start, [Clamp] long long end, DOMString contentType
      if (start !== undefined) start = webidl.toLongLong(start, { clamp: true });
      if (end !== undefined) end = webidl.toLongLong(end, { clamp: true });
      if (contentType !== undefined) contentType = webidl.toDOMString(contentType);
      // 1. Let sliceStart, sliceEnd, and sliceContentType be null (the arguments).
      // 2. Return the result of slice blob given this, start, end, and contentType.
      return sliceBlob(this.#bytes, start, end, contentType);
    }

    // https://w3c.github.io/FileAPI/#stream-method-algo
    // Deviation: only defined when the runtime has ReadableStream (see the end of this file).
    stream() {
      checkBrand(this);
      const bytes = this.#bytes;
      return new ReadableStream({
        pull(controller) {
          if (bytes.length > 0) controller.enqueue(webidl.copyBytes(bytes));
          controller.close();
        },
      });
    }

    // https://w3c.github.io/FileAPI/#dom-blob-text
    text() {
      if (!isBlob(this)) return Promise.reject(new TypeError('Illegal invocation'));
      // 1. Let stream be the result of calling get stream on this. ... 4. Let promise be the result of
      //    reading all bytes from stream with reader. 5. Return the result of transforming promise by a
      //    fulfillment handler that returns the result of running UTF-8 decode on its first argument.
      return Promise.resolve(new TextDecoder('utf-8').decode(this.#bytes));
    }

    // https://w3c.github.io/FileAPI/#dom-blob-arraybuffer: "... returns a new ArrayBuffer whose contents are its first argument."
    arrayBuffer() {
      if (!isBlob(this)) return Promise.reject(new TypeError('Illegal invocation'));
      return Promise.resolve(webidl.copyBytes(this.#bytes).buffer);
    }

    // https://w3c.github.io/FileAPI/#dom-blob-bytes: "... returns a new Uint8Array wrapping an ArrayBuffer containing its first argument."
    bytes() {
      if (!isBlob(this)) return Promise.reject(new TypeError('Illegal invocation'));
      return Promise.resolve(webidl.copyBytes(this.#bytes));
    }

    static {
      blobBytes = (blob) => blob.#bytes;
      isBlob = (v) => webidl.isObject(v) && #bytes in v;
    }
  }

  function checkBrand(v) {
    if (!isBlob(v)) webidl.illegalInvocation();
  }

  // https://w3c.github.io/FileAPI/#slice-blob
  function sliceBlob(bytes, start, end, contentType) {
    // 1. Let originalSize be blob's size.
    const originalSize = bytes.length;
    // 2. The start parameter ... If start is negative, let relativeStart be max((originalSize + start), 0);
    //    otherwise let relativeStart be min(start, originalSize). (Default 0.)
    const relativeStart = start === undefined ? 0 : start < 0 ? Math.max(originalSize + start, 0) : Math.min(start, originalSize);
    // 3. The end parameter ... If end is negative, let relativeEnd be max((originalSize + end), 0);
    //    otherwise let relativeEnd be min(end, originalSize). (Default originalSize.)
    const relativeEnd = end === undefined ? originalSize : end < 0 ? Math.max(originalSize + end, 0) : Math.min(end, originalSize);
    // 4. The contentType parameter: if omitted, relativeContentType is the empty string; otherwise it is
    //    contentType, or the empty string when it has characters outside U+0020..U+007E, ASCII lowercased.
    const relativeContentType = contentType === undefined ? '' : normalizeType(contentType);
    // 5. Let span be max((relativeEnd - relativeStart), 0).
    const span = Math.max(relativeEnd - relativeStart, 0);
    // 6. Return a new Blob object S: S refers to span consecutive bytes from blob's associated byte
    //    sequence, beginning with the byte at byte-order position relativeStart; S.size = span;
    //    S.type = relativeContentType. (The bytes are shared, never copied: both are immutable.)
    return new Blob(webidl.internal, { bytes: bytes.subarray(relativeStart, relativeStart + span), type: relativeContentType });
  }

  // https://w3c.github.io/FileAPI/#file-section
  class File extends Blob {
    #name;
    #lastModified;

    // https://w3c.github.io/FileAPI/#file-constructor
    constructor(fileBits, fileName, options = undefined) {
      if (arguments.length < 2) throw new TypeError(`Failed to construct 'File': 2 arguments required, but only ${arguments.length} present.`);
      // Web IDL converts the arguments in order: fileBits, fileName, options.
      const bits = toBlobParts(fileBits, 'File');
      const name = webidl.toUSVString(fileName);
      const dict = webidl.toDictionary(options, "Failed to construct 'File'");
      // 1. Let bytes be the result of processing blob parts given fileBits and options.
      // 3.1 If the type member of the options argument is not the empty string: (normalized as for Blob).
      const { bytes, type } = constructBlobData(bits, dict, 'File');
      // 3.2 If the lastModified member is provided, let d be set to the lastModified dictionary member.
      //     If it is not provided, set d to the current date and time represented as the number of
      //     milliseconds since the Unix Epoch.
      const lastModified = dict.lastModified !== undefined ? toLongLong(dict.lastModified) : Date.now();
      super(webidl.internal, { bytes, type });
      // 2. Let n be the fileName argument to the constructor. 4. Return a new File object F such that:
      //    F refers to the bytes byte sequence; F.size is set to the number of total bytes in bytes;
      //    F.name is set to n; F.type is set to t; F.lastModified is set to d.
      this.#name = name;
      this.#lastModified = lastModified;
    }

    // https://w3c.github.io/FileAPI/#dfn-name
    get name() {
      if (!(webidl.isObject(this) && #name in this)) webidl.illegalInvocation();
      return this.#name;
    }

    // https://w3c.github.io/FileAPI/#dfn-lastModified
    get lastModified() {
      if (!(webidl.isObject(this) && #name in this)) webidl.illegalInvocation();
      return this.#lastModified;
    }
  }

  // Deviation: Blob.prototype.stream() exists only when ReadableStream does.
  if (typeof ReadableStream !== 'function') delete Blob.prototype.stream;

  webidl.defineInterface(Blob);
  webidl.defineInterface(File);
  lib.Blob = Blob;
  lib.File = File;
  // The bytes of a Blob, as a view on its (immutable) storage: callers must not write to it.
  lib.blobBytes = blobBytes;
  // A Blob wrapping `bytes` without copying (the caller hands the bytes over), with `type` as given.
  lib.createBlob = (bytes, type = '') => new Blob(webidl.internal, { bytes, type: String(type) });
  lib.isBlob = isBlob;
})
