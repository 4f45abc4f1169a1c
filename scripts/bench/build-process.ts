import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What one build cost. */
export interface MeasuredRun {
  /** Exit code. */
  code: number;
  /** Standard output and error, interleaved. */
  output: string;
  /** Wall-clock seconds from start to exit. */
  seconds: number;
  /**
   * Processor seconds (user + system) of the whole process tree: unlike wall time, it barely
   * moves when other work shares the machine, so it is the steadier measure of cost.
   */
  cpuSeconds: number;
  /**
   * The part of `cpuSeconds` spent in the kernel for the build (creating and deleting files,
   * mapping memory): what other work on the file system moves, where user time holds.
   */
  systemSeconds: number;
  /** Peak resident memory of the build's process tree, in megabytes (MiB). */
  peakMemoryMB: number;
  /** How the peak was measured, for the report. */
  memoryMethod: string;
  /** Each program's own peak resident memory (`VmHWM`) in MB, by name: where the memory goes. */
  peakByProgram: Record<string, number>;
}

const gnuTime = '/usr/bin/time';

const clockTicks = 100;

/** Processor time of a process so far, in seconds (`utime` and `stime` from `/proc/<pid>/stat`). */
function cpuOf(pid: number): { user: number; system: number } {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat(5), counted here from field 3 (state).
    return { user: Number(fields[11]) / clockTicks, system: Number(fields[12]) / clockTicks };
  } catch {
    return { user: 0, system: 0 };
  }
}

/** The program a process runs (`node`, `pagefind_extended`), or undefined once it has exited. */
function programOf(pid: number): string | undefined {
  try {
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
    return command.split('/').at(-1) || undefined;
  } catch {
    return undefined;
  }
}

/** Reads `VmRSS` and `VmHWM` (peak RSS) of a process in kB; zeros when it has exited. */
function memoryOf(pid: number): { rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0);
    return { rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return { rss: 0, hwm: 0 };
  }
}

/** The process and all its descendants, from `/proc/<pid>/stat` parent ids. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may hold spaces and parentheses: fields resume after the last `)`.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(parent) ?? [];
      list.push(Number(entry));
      children.set(parent, list);
    } catch {
      // The process exited between listing and reading.
    }
  }
  const tree = [root];
  for (let index = 0; index < tree.length; index++) tree.push(...(children.get(tree[index]) ?? []));
  return tree;
}

/**
 * Runs a command to completion and measures its wall time, processor time and peak memory.
 * Processor time is that of the whole process tree, from GNU time or `/proc`. Memory is the
 * highest of: the sum of the resident memory of the process tree (the build and the Pagefind
 * binary it starts), polled every 100 ms from `/proc`; each process's own peak (`VmHWM`),
 * which polling cannot miss; and GNU time's maximum resident size when `/usr/bin/time` exists.
 */
export function measureRun(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<MeasuredRun> {
  const hasProc = existsSync('/proc/self/status');
  const useTime = hasProc && existsSync(gnuTime);
  const timeDir = useTime ? mkdtempSync(join(tmpdir(), 'echelon-bench-time-')) : undefined;
  const timeFile = timeDir ? join(timeDir, 'time.txt') : undefined;
  const [file, argv] = timeFile ? [gnuTime, ['-v', '-o', timeFile, command, ...args]] : [command, [...args]];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env });
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  let treePeak = 0;
  let processPeak = 0;
  const cpuByPid = new Map<number, { user: number; system: number }>();
  const peakByProgram: Record<string, number> = {};
  const poll = () => {
    if (!hasProc || child.pid === undefined) return;
    let sum = 0;
    for (const pid of processTree(child.pid)) {
      const { rss, hwm } = memoryOf(pid);
      sum += rss;
      processPeak = Math.max(processPeak, hwm);
      const now = cpuOf(pid);
      const before = cpuByPid.get(pid);
      if (!before || now.user + now.system >= before.user + before.system) cpuByPid.set(pid, now);
      const name = programOf(pid);
      if (name) peakByProgram[name] = Math.max(peakByProgram[name] ?? 0, hwm / 1024);
    }
    treePeak = Math.max(treePeak, sum);
  };
  const timer = setInterval(poll, 100);
  return new Promise((done, fail) => {
    child.on('error', (error) => {
      clearInterval(timer);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      let timePeak = 0;
      // Polling misses the last 100 ms of each process; GNU time misses the processes the
      // build does not wait for (Pagefind's binary, stopped as the build ends). The larger wins.
      const polled = [...cpuByPid.values()];
      const polledCpu = polled.reduce((sum, value) => sum + value.user + value.system, 0);
      let cpuSeconds = polledCpu;
      let systemSeconds = polled.reduce((sum, value) => sum + value.system, 0);
      if (timeFile && existsSync(timeFile)) {
        const report = readFileSync(timeFile, 'utf8');
        const number = (label: string) => Number(new RegExp(`${label}: ([\\d.]+)`).exec(report)?.[1] ?? 0);
        timePeak = number('Maximum resident set size \\(kbytes\\)');
        const user = number('User time \\(seconds\\)');
        const system = number('System time \\(seconds\\)');
        if (user + system > polledCpu) {
          cpuSeconds = user + system;
          systemSeconds = system;
        }
      }
      if (timeDir) rmSync(timeDir, { recursive: true, force: true });
      const peak = Math.max(treePeak, processPeak, timePeak);
      const methods = [
        hasProc ? 'process-tree RSS polled every 100 ms and per-process VmHWM from /proc' : undefined,
        timePeak ? 'GNU time maximum RSS' : undefined,
      ].filter(Boolean);
      done({
        code: code ?? 1,
        output,
        seconds,
        cpuSeconds,
        systemSeconds,
        peakMemoryMB: peak / 1024,
        memoryMethod: methods.length ? methods.join(', ') : 'not measured (no /proc)',
        peakByProgram,
      });
    });
  });
}
