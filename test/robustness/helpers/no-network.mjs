// Preload (node --import) for the no-network test: every way to open a connection reports
// "NETWORK ATTEMPT" on stderr and throws, so the CLI fails loudly if anything reaches out.
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const blocked = (what) =>
  function blockedNetwork() {
    process.stderr.write(`NETWORK ATTEMPT: ${what}\n`);
    throw new Error(`network access blocked by test: ${what}`);
  };

net.Socket.prototype.connect = blocked('net.Socket#connect');
net.connect = blocked('net.connect');
net.createConnection = blocked('net.createConnection');
tls.connect = blocked('tls.connect');
http.request = blocked('http.request');
http.get = blocked('http.get');
https.request = blocked('https.request');
https.get = blocked('https.get');
dns.lookup = blocked('dns.lookup');
dns.resolve = blocked('dns.resolve');
dns.promises.lookup = blocked('dns.promises.lookup');
dgram.createSocket = blocked('dgram.createSocket');
globalThis.fetch = blocked('fetch');
globalThis.WebSocket = blocked('WebSocket');
// ESM named imports (`import { request } from 'node:http'`) see the patched functions too.
syncBuiltinESMExports();
