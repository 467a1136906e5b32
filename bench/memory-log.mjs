// Logs the memory of every Node process of a build, for finding what grows:
//   NODE_OPTIONS="--import $PWD/bench/memory-log.mjs" MEMORY_LOG_DIR=/tmp/mem node bench/build-scale.mjs 100
// Each process appends to <dir>/<pid>.log its command line, then every 2 s the seconds since it
// started, its resident memory (VmRSS), V8's heap in use, external memory and ArrayBuffers (MB).
// Resident memory far above heap + external is native (C allocator) memory.
import fs from "node:fs";

const dir = process.env.MEMORY_LOG_DIR ?? "/tmp/memory-log";
fs.mkdirSync(dir, { recursive: true });
const file = `${dir}/${process.pid}.log`;
const started = Date.now();
fs.appendFileSync(file, `# ${process.argv.join(" ").slice(0, 300)}\n`);

const megabytes = (bytes) => (bytes / 1048576).toFixed(0);

function sample() {
  const status = fs.readFileSync("/proc/self/status", "utf8");
  const residentKb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  const memory = process.memoryUsage();
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  fs.appendFileSync(
    file,
    `${seconds} rss=${megabytes(residentKb * 1024)} heap=${megabytes(memory.heapUsed)} ext=${megabytes(memory.external)} ab=${megabytes(memory.arrayBuffers)}\n`,
  );
}

setInterval(sample, 2000).unref();
process.on("exit", sample);
