// Raw-socket protocol checks, so we can tell what is listening on a port without any driver.
import { connect } from 'node:net';

const PROBE_TIMEOUT_MS = 2_000;

/**
 * Connects to 127.0.0.1:port, sends `request` and collects the reply until `isComplete`
 * says it is whole. Resolves `{ listening: false }` when nothing listens on the port,
 * otherwise `{ listening: true, reply }` (reply may be partial or empty on timeout/close).
 */
function exchange(port, request, isComplete) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let reply = Buffer.alloc(0);
    let connected = false;
    const finish = (result) => {
      socket.destroy();
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => finish({ listening: true, reply }), PROBE_TIMEOUT_MS);
    socket.on('connect', () => {
      connected = true;
      socket.write(request);
    });
    socket.on('data', (chunk) => {
      reply = Buffer.concat([reply, chunk]);
      if (isComplete(reply)) finish({ listening: true, reply });
    });
    socket.on('error', (error) => {
      finish(!connected && error.code === 'ECONNREFUSED' ? { listening: false } : { listening: true, reply });
    });
    socket.on('close', () => finish({ listening: true, reply }));
  });
}

/**
 * What answers on a port as Redis: 'free', 'ready', 'loading' (Redis, still starting),
 * 'auth' (Redis that needs a password), or 'other'.
 */
export async function probeRedis(port) {
  const result = await exchange(port, 'PING\r\n', (reply) => reply.includes('\r\n'));
  if (!result.listening) return 'free';
  const line = result.reply.toString('latin1');
  if (line.startsWith('+PONG')) return 'ready';
  if (line.startsWith('-LOADING')) return 'loading';
  if (line.startsWith('-NOAUTH') || line.startsWith('-WRONGPASS')) return 'auth';
  return 'other';
}

// --- MongoDB wire protocol (OP_MSG) -------------------------------------------------------

const OP_MSG = 2013;
const MAX_REPLY_BYTES = 48 * 1024 * 1024;

function cstring(text) {
  return Buffer.from(`${text}\0`, 'utf8');
}

function int32(value) {
  const buffer = Buffer.alloc(4);
  buffer.writeInt32LE(value);
  return buffer;
}

// `{ hello: 1, $db: "admin" }` as BSON: just the two element types this needs.
function helloDocument() {
  const elements = Buffer.concat([
    Buffer.from([0x10]), cstring('hello'), int32(1),
    Buffer.from([0x02]), cstring('$db'), int32(Buffer.byteLength('admin') + 1), cstring('admin'),
  ]);
  return Buffer.concat([int32(4 + elements.length + 1), elements, Buffer.from([0])]);
}

function helloMessage(requestId) {
  const body = Buffer.concat([int32(0) /* flagBits */, Buffer.from([0]) /* section kind 0 */, helloDocument()]);
  const header = Buffer.concat([int32(16 + body.length), int32(requestId), int32(0), int32(OP_MSG)]);
  return Buffer.concat([header, body]);
}

function declaredLength(reply) {
  return reply.length >= 4 ? reply.readInt32LE(0) : Infinity;
}

// Byte size of a BSON element value, for walking a document's top level; null if unknown.
function valueSize(doc, type, at) {
  const fixed = { 0x01: 8, 0x06: 0, 0x07: 12, 0x08: 1, 0x09: 8, 0x0a: 0, 0x10: 4, 0x11: 8, 0x12: 8, 0x13: 16, 0x7f: 0, 0xff: 0 };
  if (type in fixed) return fixed[type];
  if ([0x02, 0x0d, 0x0e].includes(type)) return 4 + doc.readInt32LE(at);
  if ([0x03, 0x04, 0x0f].includes(type)) return doc.readInt32LE(at);
  if (type === 0x05) return 5 + doc.readInt32LE(at);
  if (type === 0x0b) {
    const patternEnd = doc.indexOf(0, at);
    return doc.indexOf(0, patternEnd + 1) + 1 - at;
  }
  return null;
}

function numberAt(doc, type, at) {
  if (type === 0x01) return doc.readDoubleLE(at);
  if (type === 0x10) return doc.readInt32LE(at);
  if (type === 0x12) return Number(doc.readBigInt64LE(at));
  if (type === 0x08) return doc[at];
  return undefined;
}

// The numeric value of a top-level field, or undefined when absent or not a number.
function topLevelNumber(doc, name) {
  let at = 4;
  while (at < doc.length - 1) {
    const type = doc[at];
    const nameEnd = doc.indexOf(0, at + 1);
    if (type === 0 || nameEnd < 0) return undefined;
    const valueAt = nameEnd + 1;
    if (doc.toString('utf8', at + 1, nameEnd) === name) return numberAt(doc, type, valueAt);
    const size = valueSize(doc, type, valueAt);
    if (size === null) return undefined;
    at = valueAt + size;
  }
  return undefined;
}

function isHelloReply(reply, requestId) {
  if (reply.length < 21 + 5 || reply.readInt32LE(0) !== reply.length) return false;
  if (reply.readInt32LE(8) !== requestId || reply.readInt32LE(12) !== OP_MSG || reply[20] !== 0) return false;
  const doc = reply.subarray(21, 21 + reply.readInt32LE(21));
  try {
    return topLevelNumber(doc, 'ok') === 1;
  } catch {
    return false; // malformed BSON: whatever this is, it is not a usable MongoDB server
  }
}

/** What answers on a port as MongoDB: 'free', 'ready' (answers `hello` with ok: 1), or 'other'. */
export async function probeMongo(port) {
  const requestId = 1 + Math.floor(Math.random() * 0x7ffffffe);
  const result = await exchange(port, helloMessage(requestId), (reply) => {
    const length = declaredLength(reply);
    return length < 16 || length > MAX_REPLY_BYTES || reply.length >= length;
  });
  if (!result.listening) return 'free';
  return isHelloReply(result.reply, requestId) ? 'ready' : 'other';
}
