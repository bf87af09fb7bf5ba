import { readFileSync } from 'node:fs';
const ev = JSON.parse(readFileSync('/tmp/fw-key-frames.trace.json','utf8')) as any[];
const counts = new Map<string,number>();
for (const e of ev) if (/Invalidation/.test(e.name)) { const d=e.args?.data??{}; const k=`${e.name} | ${d.nodeName??''} | ${d.reason??d.invalidationSet??''}`; counts.set(k,(counts.get(k)??0)+1); }
console.log([...counts].sort((a,b)=>b[1]-a[1]).slice(0,40).map(([k,v])=>`${v} ${k}`).join('\n'));
