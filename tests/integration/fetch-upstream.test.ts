import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchUpstream, UpstreamError } from "@/lib/http/fetch-upstream";

// A local server that misbehaves the ways upstreams do.
let server: http.Server;
let base: string;
beforeAll(async () => {
  server = http.createServer((req, res) => {
    switch (req.url) {
      case "/ok": return res.end('{"ok":true}');
      case "/500": res.writeHead(500); return res.end("oops");
      case "/huge": res.writeHead(200, { "content-type": "application/json" }); return res.end(Buffer.alloc(20 * 1024 * 1024, 32));
      case "/huge-chunked": {
        res.writeHead(200, { "content-type": "application/json" });
        const chunk = Buffer.alloc(1024 * 1024, 32);
        let sent = 0;
        const pump = () => { while (sent < 20 && res.write(chunk)) sent++; if (sent < 20) res.once("drain", pump); else res.end(); };
        return pump();
      }
      case "/never-ends": res.writeHead(200); res.write("{"); return; // keeps the socket open
      case "/no-answer": return; // never answers at all
      case "/loop": res.writeHead(302, { location: "/loop" }); return res.end();
      default: res.writeHead(404); res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => { server.closeAllConnections(); server.close(); });

async function failure(path: string, opts = {}) {
  try {
    await fetchUpstream(base + path, opts);
  } catch (err) {
    return err as UpstreamError;
  }
  throw new Error("expected a failure");
}

describe("fetchUpstream", () => {
  it("returns the body of a good answer", async () => {
    expect((await fetchUpstream(`${base}/ok`)).body).toBe('{"ok":true}');
  });

  it("types HTTP errors with their status", async () => {
    expect(await failure("/500")).toMatchObject({ kind: "http", status: 500 });
  });

  it("caps the body size, declared or streamed", async () => {
    expect(await failure("/huge", { maxBytes: 1024 * 1024 })).toMatchObject({ kind: "too_large" });
    expect(await failure("/huge-chunked", { maxBytes: 1024 * 1024 })).toMatchObject({ kind: "too_large" });
  });

  it("times out on a server that never answers and on a body that never ends", async () => {
    expect(await failure("/no-answer", { timeoutMs: 300 })).toMatchObject({ kind: "timeout" });
    expect(await failure("/never-ends", { timeoutMs: 300 })).toMatchObject({ kind: "timeout" });
  });

  it("gives up on redirect loops", async () => {
    expect(await failure("/loop")).toMatchObject({ kind: "network" });
  });

  it("reports a refused connection as a network error naming the URL", async () => {
    const err = await fetchUpstream("http://127.0.0.1:9/x").catch((e) => e as UpstreamError);
    expect(err).toBeInstanceOf(UpstreamError);
    expect(err).toMatchObject({ kind: "network", url: "http://127.0.0.1:9/x" });
  });
});
