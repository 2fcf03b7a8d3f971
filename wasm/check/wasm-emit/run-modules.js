// Check the modules test-wasm-emit wrote: validate, instantiate, call.
// Usage: node run-modules.js DIR   (reads DIR/manifest, DIR/NAME.wasm)
//
// Manifest lines:
//   module NAME                  NAME.wasm validates and instantiates
//   invalid NAME                 NAME.wasm does not validate
//   table SLOT NAME EXPORT       table[SLOT] = export of module NAME
//   call NAME EXPORT ARG... = R  ARG is i32:N or i64:N; R is one too,
//                                or "void", or "trap" (a RuntimeError)
// Prints one PASS/FAIL line per module, invalid and call line.
//
// SPDX-License-Identifier: GPL-2.0-or-later
'use strict';

const fs = require('fs');
const path = require('path');

const dir = process.argv[2];
const lines = fs.readFileSync(path.join(dir, 'manifest'), 'utf8')
    .split('\n').filter((l) => l.trim() !== '');

// What every module may import; each takes the subset it declares.
const imports = {
    q: {
        m: new WebAssembly.Memory({ initial: 1, maximum: 16, shared: true }),
        t: new WebAssembly.Table({ initial: 8, element: 'anyfunc' }),
        g: new WebAssembly.Global({ value: 'i32', mutable: true }, 5),
        log: (x) => x * 3,
    },
};
const instances = {};
let failures = 0;

function report(ok, what, detail) {
    console.log(`${ok ? 'PASS' : 'FAIL'}: ${what}${ok ? '' : ': ' + detail}`);
    if (!ok) {
        failures++;
    }
}

function parseValue(text) {
    const [type, num] = text.split(':');
    return type === 'i64' ? BigInt(num) : Number(num);
}

function sameValue(got, want) {
    if (typeof want === 'bigint') {
        return typeof got === 'bigint' &&
            BigInt.asIntN(64, got) === BigInt.asIntN(64, want);
    }
    return typeof got === 'number' && (got | 0) === (want | 0);
}

function loadModule(name, valid) {
    const bytes = fs.readFileSync(path.join(dir, name + '.wasm'));
    const ok = WebAssembly.validate(bytes);
    if (!valid) {
        report(!ok, `${name}.wasm does not validate`, 'it validates');
        return;
    }
    if (!ok) {
        let why = 'invalid';
        try {
            new WebAssembly.Module(bytes);
        } catch (e) {
            why = e.message;
        }
        report(false, `${name}.wasm`, why);
        return;
    }
    try {
        const mod = new WebAssembly.Module(bytes);
        instances[name] = new WebAssembly.Instance(mod, imports);
        report(true, `${name}.wasm validates and instantiates`);
    } catch (e) {
        report(false, `${name}.wasm instantiates`, e.message);
    }
}

function call(words) {
    const eq = words.indexOf('=');
    const [name, fn] = words.slice(1, 3);
    const args = words.slice(3, eq).map(parseValue);
    const want = words[eq + 1];
    const what =
        `call ${name}.${fn}(${words.slice(3, eq).join(', ')}) = ${want}`;
    const inst = instances[name];

    if (!inst || typeof inst.exports[fn] !== 'function') {
        report(false, what, 'no such function');
        return;
    }
    let got;
    try {
        got = inst.exports[fn](...args);
    } catch (e) {
        report(want === 'trap' && e instanceof WebAssembly.RuntimeError,
               what, `threw ${e}`);
        return;
    }
    if (want === 'trap') {
        report(false, what, `returned ${got}`);
    } else if (want === 'void') {
        report(got === undefined, what, `returned ${got}`);
    } else {
        report(sameValue(got, parseValue(want)), what, `returned ${got}`);
    }
}

for (const line of lines) {
    const words = line.trim().split(/\s+/);
    switch (words[0]) {
    case 'module':
        loadModule(words[1], true);
        break;
    case 'invalid':
        loadModule(words[1], false);
        break;
    case 'table': {
        const inst = instances[words[2]];
        const fn = inst && inst.exports[words[3]];
        if (!fn) {
            report(false, line, 'no such export');
            break;
        }
        imports.q.t.set(Number(words[1]), fn);
        break;
    }
    case 'call':
        call(words);
        break;
    default:
        report(false, line, 'unknown manifest line');
    }
}
process.exitCode = failures ? 1 : 0;
