// What one server process used, read from /proc (Linux): CPU seconds and peak resident memory.
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
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
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
