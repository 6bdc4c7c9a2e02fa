// What one server process used, read from /proc (Linux): CPU seconds per process and per thread, RSS now and at peak.
import { readdirSync, readFileSync } from 'node:fs';

/** Linux USER_HZ: /proc/<pid>/stat counts CPU time in these ticks (`getconf CLK_TCK` is 100 here). */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * User + system CPU seconds of `pid` and all its threads so far (fields utime and stime of
 * /proc/<pid>/stat), or null when the process is gone.
 */
export function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces: split after its closing parenthesis.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state), so utime (field 14) is fields[11] and stime (15) fields[12].
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Peak resident set size of `pid` since it started (VmHWM), in bytes, or null when gone. */
export function peakRssBytes(pid) {
  return statusBytes(pid, 'VmHWM');
}

/**
 * Resident set size of `pid` now (VmRSS), in bytes, or null when gone. VmHWM keeps the peak of
 * the start-up, which an idle cluster's steady state may be far below.
 */
export function residentBytes(pid) {
  return statusBytes(pid, 'VmRSS');
}

/** A `kB` field of /proc/<pid>/status, in bytes, or null when the process is gone. */
function statusBytes(pid, field) {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Whole-machine CPU jiffies (first line of /proc/stat), to report busy and steal shares. */
export function machineCpu() {
  try {
    const [user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    return { user, nice, system, idle, iowait, irq, softirq, steal: steal ?? 0 };
  } catch {
    return null;
  }
}

/** Busy and steal percentages of all cores between two {@link machineCpu} samples. */
export function machineCpuShares(before, after) {
  if (!before || !after) return null;
  let total = 0;
  const delta = {};
  for (const key of Object.keys(before)) {
    delta[key] = after[key] - before[key];
    total += delta[key];
  }
  if (total <= 0) return null;
  const percent = (value) => Math.round((1000 * value) / total) / 10;
  return { busy: percent(total - delta.idle - delta.iowait - delta.steal), steal: percent(delta.steal) };
}

/**
 * CPU ticks of every user-space process except `excludedPids` (kernel threads left out), to
 * measure how much of the machine processes outside the benchmark used during a window.
 */
export function otherProcessesCpu(excludedPids) {
  const excluded = new Set(excludedPids.map(String));
  const ticks = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || excluded.has(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // Field 9 (flags) bit PF_KTHREAD marks kernel threads.
      if (Number(fields[6]) & 0x00200000) continue;
      ticks.set(entry, Number(fields[11]) + Number(fields[12]));
    } catch {
      // The process exited between readdir and read.
    }
  }
  return ticks;
}

/** CPU seconds other processes used between two {@link otherProcessesCpu} samples (new ones count in full). */
export function otherProcessesCpuSeconds(before, after) {
  let total = 0;
  for (const [pid, ticks] of after) total += Math.max(0, ticks - (before.get(pid) ?? 0));
  return total / CLOCK_TICKS_PER_SECOND;
}

/**
 * CPU ticks and name of every thread of `pid` so far (/proc/<pid>/task/<tid>/stat: utime + stime,
 * and comm, which is what /proc/<pid>/task/<tid>/comm says), keyed by thread id; empty when the
 * process is gone. A thread that exits between two samples is missing from the second.
 */
export function threadCpu(pid) {
  const threads = new Map();
  let tids;
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return threads;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      threads.set(Number(tid), { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // The thread exited between readdir and read.
    }
  }
  return threads;
}

/** Thread names that say "a worker" (if the runtime or the server ever names them); libuv's pool excluded. */
const WORKER_NAME = /worker|host|piscina/i;
const LIBUV_NAME = /libuv/i;

/**
 * The CPU seconds of `pid`'s threads between two {@link threadCpu} samples: the main thread
 * (tid = pid), the host (worker) threads, and the rest in total.
 *
 * Host threads are picked by name when some thread's name looks like a worker's. Node 20 names
 * none: every thread of a node process — main, V8 platform, libuv pool, LevelDB, the piscina
 * host threads — is called "node", so then the `top` busiest threads other than the main one
 * are reported (`identifiedBy: 'top'`): under load these are the host threads, but a busy
 * libuv pool or LevelDB compaction thread can be among them. Threads that started during the
 * window count in full; threads that ended during it are left out.
 */
export function threadCpuSeconds(pid, before, after, { top }) {
  if (pid === null || after.size === 0) return null;
  const threads = [];
  for (const [tid, { name, ticks }] of after) {
    const used = Math.max(0, ticks - (before.get(tid)?.ticks ?? 0)) / CLOCK_TICKS_PER_SECOND;
    threads.push({ tid, name, cpuSeconds: round2(used) });
  }
  threads.sort((a, b) => b.cpuSeconds - a.cpuSeconds || a.tid - b.tid);
  const main = threads.find((thread) => thread.tid === pid);
  const others = threads.filter((thread) => thread.tid !== pid);
  const named = others.filter((thread) => WORKER_NAME.test(thread.name) && !LIBUV_NAME.test(thread.name));
  const identifiedBy = named.length > 0 ? 'name' : 'top';
  const hosts = identifiedBy === 'name' ? named : others.slice(0, top);
  const hostTids = new Set(hosts.map((thread) => thread.tid));
  const rest = others.filter((thread) => !hostTids.has(thread.tid));
  return {
    identifiedBy,
    threadCount: threads.length,
    mainCpuSeconds: main?.cpuSeconds ?? null,
    hosts,
    restCpuSeconds: round2(rest.reduce((sum, thread) => sum + thread.cpuSeconds, 0)),
  };
}

function round2(value) {
  return Math.round(value * 100) / 100;
}

/**
 * What the node processes `pids` (null: not running) and the machine have used so far: take one
 * before a window and one after, and give both to {@link nodeWindowFigures}.
 */
export function sampleNodes(pids) {
  return {
    cpu: pids.map((pid) => (pid === null ? null : cpuSeconds(pid))),
    threads: pids.map((pid) => (pid === null ? new Map() : threadCpu(pid))),
    machine: machineCpu(),
    others: otherProcessesCpu([...pids.filter((pid) => pid !== null), process.pid]),
    at: performance.now(),
  };
}

/**
 * The figures of one window between two {@link sampleNodes} samples: its length, CPU seconds per
 * node (unrounded; null for a node not running), the `hostThreads` busiest threads per node, peak
 * RSS per node, the machine's busy and steal shares, and the cores other processes used.
 */
export function nodeWindowFigures(pids, before, after, hostThreads) {
  const windowS = (after.at - before.at) / 1000;
  return {
    windowS,
    cpuSecondsPerNode: pids.map((_, index) =>
      before.cpu[index] === null || after.cpu[index] === null ? null : after.cpu[index] - before.cpu[index],
    ),
    threadCpuPerNode: pids.map((pid, index) =>
      threadCpuSeconds(pid, before.threads[index], after.threads[index], { top: hostThreads }),
    ),
    peakRssMiBPerNode: pids.map((pid) => {
      const bytes = pid === null ? null : peakRssBytes(pid);
      return bytes === null ? null : Math.round((bytes / 1024 / 1024) * 10) / 10;
    }),
    machineCpuPercent: machineCpuShares(before.machine, after.machine),
    // Processes outside the benchmark (other work on a shared machine) compete for the same cores.
    otherProcessesCores: round2(otherProcessesCpuSeconds(before.others, after.others) / windowS),
  };
}
