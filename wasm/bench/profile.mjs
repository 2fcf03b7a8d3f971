// SPDX-License-Identifier: GPL-2.0-or-later
//
// Where the emulator's time goes: runs a QEMU command under Node's CPU
// profiler (one .cpuprofile a thread), timestamps every console line on
// the same monotonic clock as the profiles, and prints, for the vCPU
// thread (the profile with the most samples), the share of each kind of
// work over the boot (until MARKER) and over the rest (the workload).
// PROFILE_THREADS=N prints the N busiest threads (several vCPUs);
// PROFILE_END=TEXT ends the workload at the first line with TEXT.
//
// Usage: node profile.mjs OUT_DIR MARKER QEMU_JS QEMU_ARG...
// The QEMU .js should be linked with --profiling-funcs, so that QEMU's
// own functions have their names (bench/profile.sh does that).

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// With --analyze, the profiles of an earlier run in OUT_DIR are analysed
// again (after a change to the kinds below, say).
const analyzeOnly = process.argv[2] === '--analyze';
const [outDir, marker, qemuJs, ...qemuArgs] = process.argv.slice(analyzeOnly ? 3 : 2);
if (!analyzeOnly) {
    fs.rmSync(outDir, { recursive: true, force: true });
    fs.mkdirSync(outDir, { recursive: true });
}

// Kinds of work, by function name (first match wins); JIT-compiled blocks
// have no name ("wasm-function[N]"), QEMU's functions have their C names
// and the Emscripten glue its JavaScript ones; V8 names the synchronous
// compile of a tier-2 module "Module" (new WebAssembly.Module()).
const KINDS = [
    ['idle', /^\((idle|program)\)$|^emscripten_futex_wait$|^_?emscripten_thread_sleep$|^__timedwait|^qemu_(cond|sem|event)_(timed)?wait|^qemu_poll_ns$|^ppoll$|^poll$|^Atomics\.wait/],
    ['gc', /^\(garbage collector\)$/],
    ['tier 2 (compiled blocks)', /^wasm-function\[\d+\]$/],
    ['tier 1 (interpreter)', /^(tcg_qemu_tb_exec|tci_tb_exec(_tiered)?|cpu_tb_exec)$/],
    ['TB lookup / goto_ptr', /^(helper_lookup_tb_ptr|tb_lookup|tb_htable_lookup|qht_lookup_custom|qht_lookup|tb_lookup_cmp|tb_jmp_cache.*|cpu_get_tb_cpu_state|x86_cpu_get_tb_cpu_state)$/],
    ['softmmu slow path', /_mmu$|^(do_ld|do_st|mmu_lookup|tlb_|probe_access|io_(readx|writex)|victim_tlb|cpu_ld|cpu_st|int_ld|int_st|x86_cpu_tlb_fill|get_physical_address|mmu_translate|address_space_)/],
    ['helpers', /^helper_/],
    ['tier 2 compile', /^(tcg_wasm_|compile_batch|translate_block|emit_|discover|wasm_)|WebAssembly|^(Module|Instance)$/],
    ['translation (TCG)', /^(tb_gen_code|tcg_|gen_|disas_|i386_tr_|translator_|setjmp_gen_code|liveness_pass|reachable_code_pass|la_|temp_|tcg_reg_|reg_alloc|tci_out|tcg_out)/],
    ['JS glue (libffi, heap, longjmp)', /^(ffi_call_js|GROWABLE_HEAP_\w+|get buffer|invoke_\w+|__emscripten_throw_longjmp|_emscripten_\w+|dynCall\w*|getWasmTableEntry|wasm-to-js|js-to-wasm)/],
    ['main loop, devices, other', /./],
];
const JIT_URL = /^wasm:\/\//;

function kindOf(node) {
    const name = node.callFrame.functionName || '(anonymous)';
    if (/^wasm-function\[\d+\]$/.test(name) && JIT_URL.test(node.callFrame.url)) {
        return KINDS[2][0];
    }
    for (const [kind, re] of KINDS) {
        if (re.test(name)) {
            return kind;
        }
    }
    return KINDS[KINDS.length - 1][0];
}

async function run() {
    const lines = [];
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath,
        ['--cpu-prof', `--cpu-prof-dir=${outDir}`, '--cpu-prof-interval', '500',
         qemuJs, ...qemuArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
    let partial = '';
    const onData = (chunk) => {
        const now = process.hrtime.bigint();
        partial += chunk.toString('latin1');
        const parts = partial.split('\n');
        partial = parts.pop();
        for (const line of parts) {
            lines.push({ us: Number(now / 1000n), line: line.replace(/\r$/, '') });
        }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const status = await new Promise((resolve) => child.on('exit', resolve));
    const run = { t0us: Number(t0 / 1000n), wallS: Number(process.hrtime.bigint() - t0) / 1e9,
                  status, lines };
    fs.writeFileSync(path.join(outDir, 'run.json'), JSON.stringify(run));
    return run;
}

const { t0us, wallS, status, lines } = analyzeOnly
    ? JSON.parse(fs.readFileSync(path.join(outDir, 'run.json'), 'utf8')) : await run();
fs.writeFileSync(path.join(outDir, 'console.log'),
                 lines.map((l) => `${l.us} ${l.line}`).join('\n') + '\n');
const markerLine = lines.find((l) => l.line.includes(marker));
if (!markerLine) {
    console.error(`profile: no "${marker}" in the output (exit ${status}); see ${outDir}/console.log`);
    process.exit(1);
}

const endLine = process.env.PROFILE_END
    ? lines.find((l) => l.us > markerLine.us && l.line.includes(process.env.PROFILE_END)) : null;
if (process.env.PROFILE_END && !endLine) {
    console.error(`profile: no "${process.env.PROFILE_END}" after "${marker}"; see ${outDir}/console.log`);
    process.exit(1);
}

// The vCPU threads: the profiles with the most samples of guest code.
const threads = [];
for (const f of fs.readdirSync(outDir).filter((n) => n.endsWith('.cpuprofile'))) {
    const p = JSON.parse(fs.readFileSync(path.join(outDir, f), 'utf8'));
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const busy = p.samples.filter((id) => /^tier/.test(kindOf(byId.get(id)))).length;
    threads.push({ p, byId, busy, file: f });
}
threads.sort((a, b) => b.busy - a.busy);
for (const thread of threads.slice(0, Math.max(1, +(process.env.PROFILE_THREADS || 1)))) {
    report(thread);
}

function report({ p, byId, file }) {

    // Self time by kind and by function, in two windows split at the marker.
    const windows = [
        { name: 'boot', kinds: new Map(), funcs: new Map(), total: 0 },
        { name: 'workload', kinds: new Map(), funcs: new Map(), total: 0 },
    ];
    let t = p.startTime;
    for (let i = 0; i < p.samples.length; i++) {
        t += p.timeDeltas[i];
        const dt = p.timeDeltas[i + 1] ?? 0;
        const node = byId.get(p.samples[i]);
        if (endLine && t >= endLine.us) {
            break;
        }
        const w = windows[t < markerLine.us ? 0 : 1];
        const kind = kindOf(node);
        const fn = node.callFrame.functionName || '(anonymous)';
        const key = kind === KINDS[2][0] ? '(compiled blocks)' : fn;
        w.kinds.set(kind, (w.kinds.get(kind) ?? 0) + dt);
        w.funcs.set(key, (w.funcs.get(key) ?? 0) + dt);
        w.total += dt;
    }

    const pct = (v, total) => `${(100 * v / (total || 1)).toFixed(1)}%`.padStart(6);
    const bootS = (markerLine.us - t0us) / 1e6;
    console.log(`profile of ${file} (vCPU thread); wall ${wallS.toFixed(1)} s,` +
                ` "${marker}" at ${bootS.toFixed(1)} s` +
                (endLine ? `, "${process.env.PROFILE_END}" at ${((endLine.us - t0us) / 1e6).toFixed(1)} s` : '') +
                `, exit ${status}`);
    console.log(`${'kind of work'.padEnd(34)} ${'boot'.padStart(8)} ${'workload'.padStart(9)}`);
    for (const [kind] of KINDS) {
        const [a, b] = windows.map((w) => w.kinds.get(kind) ?? 0);
        if (a || b) {
            console.log(`${kind.padEnd(34)} ${pct(a, windows[0].total).padStart(8)} ${pct(b, windows[1].total).padStart(9)}`);
        }
    }
    console.log(`${'sampled seconds'.padEnd(34)} ${(windows[0].total / 1e6).toFixed(1).padStart(8)} ${(windows[1].total / 1e6).toFixed(1).padStart(9)}`);
    for (const w of windows) {
        console.log(`\ntop functions, ${w.name} (self time):`);
        [...w.funcs.entries()].sort((a, b) => b[1] - a[1]).slice(0, +(process.env.PROFILE_TOP || 20))
            .forEach(([fn, v]) => console.log(`  ${pct(v, w.total)}  ${fn}`));
    }
    console.log('');
}
