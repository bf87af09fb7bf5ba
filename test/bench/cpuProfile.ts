// A CPU profile from the DevTools protocol (Profiler.stop), summed by function: the probes that
// profile the window (applyProfile.probe.ts, importTimeline.probe.ts) print it this way.

export interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

/** Prints self and total time per function, per `unit` (`count` of them in the profile), the busiest first. */
export function summariseProfile(profile: CpuProfile, count: number, unit: string): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000));
  const nameOf = (node: ProfileNode) => {
    const { functionName, url, lineNumber } = node.callFrame;
    const file = url.split('/').pop() ?? '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const selfByName = new Map<string, number>();
  const totalByName = new Map<string, number>();
  for (const [id, time] of self) {
    const node = byId.get(id)!;
    selfByName.set(nameOf(node), (selfByName.get(nameOf(node)) ?? 0) + time);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = nameOf(byId.get(at)!);
      if (seen.has(name)) continue;
      seen.add(name);
      totalByName.set(name, (totalByName.get(name) ?? 0) + time);
    }
  }
  const idle = ['(idle)', '(program)', '(garbage collector)', '(root)'];
  const busy = [...selfByName].filter(([name]) => !idle.includes(name)).reduce((sum, [, t]) => sum + t, 0);
  const print = (title: string, entries: Map<string, number>, n: number) => {
    console.log(`\n${title} (ms per ${unit}, of ${(busy / count).toFixed(1)} ms of script per ${unit})`);
    for (const [name, time] of [...entries].filter(([name]) => name !== '(root)').sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`${(time / count).toFixed(2).padStart(8)}  ${name}`);
    }
  };
  console.log(`\nprofile: ${((profile.endTime - profile.startTime) / 1000).toFixed(0)} ms; ${idle.map((name) => `${name} ${(selfByName.get(name) ?? 0).toFixed(0)} ms`).join(', ')}`);
  print('self time', selfByName, 30);
  print('total time', totalByName, 45);
}
