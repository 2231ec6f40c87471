/**
 * The baseline for the API benchmark: a bare node:http server that answers every GET with the same JSON
 * body that promocase returned (serialised per request, as a JSON API does), after the same bearer check.
 * Usage: node bare-server.mjs BODY_FILE TOKEN   (prints "listening at http://127.0.0.1:PORT/")
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [bodyFile, token] = process.argv.slice(2);
const payload = JSON.parse(readFileSync(bodyFile, 'utf8'));
const expected = `Bearer ${token}`;

const server = createServer((req, res) => {
  if (req.headers.authorization !== expected) {
    res.writeHead(401, { 'content-type': 'application/json' });
    res.end('{"error":{"code":"unauthorized","message":"missing or wrong token"}}');
    return;
  }
  const body = JSON.stringify(payload);
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening at http://127.0.0.1:${server.address().port}/\n`);
});
process.on('SIGTERM', () => process.exit(0));
