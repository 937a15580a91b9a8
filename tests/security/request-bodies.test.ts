/**
 * Attack run, item 1: a multipart upload (curl -F file=@50MB.bin) was read past the 256 KiB limit and left on disk
 * as upload_* files in the temporary folder, without any sign-in — on /api/messages, /api/directline/token and both
 * staff sign-ins. Nothing here accepts files: a body that is neither JSON nor a form is refused (415) before it is
 * read, a declared length over the limit is refused (413) before it is read, and no request body is ever written
 * to disk. A compressed body is refused too (a few kilobytes of gzip can inflate to gigabytes in memory).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestAssistant, STAFF, type TestAssistant } from '../staff/helpers.js';

// The server runs in this process: its temporary folder is one this test owns and can inspect.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-bodies-'));
const previousTmp = process.env['TMPDIR'];
let t: TestAssistant;
beforeAll(async () => {
  process.env['TMPDIR'] = tmp;
  t = await startTestAssistant();
});
afterAll(async () => {
  await t.close();
  if (previousTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = previousTmp;
  fs.rmSync(tmp, { recursive: true, force: true });
});

const ENDPOINTS = ['/api/messages', '/api/directline/token', '/staff/api/login', '/staff/connexion'];
const FILE_BYTES = 3 * 1024 * 1024;

interface Sent {
  status: number;
  body: string;
}

/**
 * Sends `body` in chunks and stops writing as soon as an answer arrives (a server that refuses early may close the
 * connection before the upload ends: the answer is what counts, not the broken pipe).
 */
function send(url: string, headers: Record<string, string>, body: Buffer, chunked = false): Promise<Sent> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(url, { method: 'POST', headers: chunked ? headers : { ...headers, 'content-length': String(body.length) } }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      res.on('error', () => resolve({ status: res.statusCode ?? 0, body: text }));
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    let offset = 0;
    const pump = () => {
      while (offset < body.length && !answered) {
        const chunk = body.subarray(offset, offset + 64 * 1024);
        offset += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end();
    };
    pump();
  });
}

function multipart(files: number): { headers: Record<string, string>; body: Buffer } {
  const boundary = '----renaissance-attack';
  const parts: Buffer[] = [];
  for (let i = 0; i < files; i++) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file${i}"; filename="f${i}.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`));
    parts.push(Buffer.alloc(FILE_BYTES, 0x61 + i));
    parts.push(Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body: Buffer.concat(parts) };
}

/** What else than the test assistant's own folder appeared in the temporary folder (formidable's upload_* files). */
function uploads(): string[] {
  return fs.readdirSync(tmp).filter((name) => !name.startsWith('renaissance-staff-'));
}

describe('bodies nothing here reads', () => {
  it.each(ENDPOINTS)('%s: a multipart upload of two 3 MB files is refused (415) and leaves nothing on disk', async (endpoint) => {
    const { headers, body } = multipart(2);
    const reply = await send(t.url + endpoint, headers, body);
    expect(uploads()).toEqual([]);
    expect(reply.status).toBe(415);
  });

  it.each(ENDPOINTS)('%s: the same upload without a declared length (chunked) is refused too', async (endpoint) => {
    const { headers, body } = multipart(1);
    const reply = await send(t.url + endpoint, headers, body, true);
    expect(reply.status).toBe(415);
    expect(uploads()).toEqual([]);
  });

  it.each(['application/octet-stream', 'text/plain', 'text/csv', 'application/xml'])('a %s body is refused (415)', async (type) => {
    const reply = await send(`${t.url}/api/messages`, { 'content-type': type }, Buffer.from('{"type":"message"}'));
    expect(reply.status).toBe(415);
  });

  it('a body without a content type is refused (415)', async () => {
    const reply = await send(`${t.url}/api/directline/token`, {}, Buffer.from('x'.repeat(1000)));
    expect(reply.status).toBe(415);
  });

  it('a JSON body declared larger than the limit is refused (413) without being read', async () => {
    const reply = await send(`${t.url}/api/messages`, { 'content-type': 'application/json' }, Buffer.alloc(2 * 1024 * 1024, 0x20));
    expect(reply.status).toBe(413);
  });

  it('a gzip-compressed body is refused (415): no inflating of bodies', async () => {
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(256 * 1024);
    const reply = await send(`${t.url}/api/messages`, { 'content-type': 'application/json', 'content-encoding': 'gzip' }, bomb);
    expect(reply.status).toBe(415);
  });
});

describe('bodies the assistant does read still work', () => {
  it('a JSON sign-in and a form sign-in', async () => {
    const json = await send(`${t.url}/staff/api/login`, { 'content-type': 'application/json; charset=utf-8' }, Buffer.from(JSON.stringify(STAFF)));
    expect(json.status).toBe(200);
    const form = await send(`${t.url}/staff/connexion`, { 'content-type': 'application/x-www-form-urlencoded' }, Buffer.from(new URLSearchParams(STAFF).toString()));
    expect(form.status).toBe(303);
  });

  it('a token request with no body at all', async () => {
    const reply = await send(`${t.url}/api/directline/token`, {}, Buffer.alloc(0));
    expect(reply.status).toBe(200);
  });

  it('an empty JSON message is a clear 400', async () => {
    const reply = await send(`${t.url}/api/messages`, { 'content-type': 'application/json' }, Buffer.from('{}'));
    expect(reply.status).toBe(400);
  });
});
