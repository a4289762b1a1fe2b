import net from "node:net";

export class StartupError extends Error {
  constructor(message: string, readonly hint: string) {
    super(message);
    this.name = "StartupError";
  }
  toLine() {
    return `${this.message} — ${this.hint}`;
  }
}

/** Fails with one clear line when the port is taken, before we open the database or build anything. */
export async function assertPortFree(port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EADDRINUSE") reject(new StartupError(`Port ${port} is already in use`, `stop whatever is listening there or start with PORT=${port + 1}`));
      else if (err.code === "EACCES") reject(new StartupError(`Port ${port} needs privileges this user does not have`, "use a port above 1023 with PORT=…"));
      else reject(err);
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}
