/*
 * SPDX-License-Identifier: GPL-2.0-or-later
 *
 * Linked into qemu-system-*.js with --pre-js, after node-pre.js.
 *
 * QEMU's user-mode network ("-netdev user,..." and "-nic user,...") for a
 * build without libslirp: each such netdev is served by passt, the
 * user-mode network stack that libvirt and podman give QEMU, and becomes
 * a "socket" netdev, whose stream of length-prefixed Ethernet frames is
 * the one passt speaks.  Before QEMU parses its options, the user
 * netdev's options are translated into passt's and the netdev is
 * rewritten to "socket,connect=127.0.0.1:N".  Emscripten turns that
 * connect() into a WebSocket (SOCKFS), and:
 *  - under Node.js, passt runs as a child process holding one end of a
 *    socket pair (passt --fd), and SOCKFS is handed a stand-in for the
 *    WebSocket that reads and writes the other end; nothing listens on
 *    127.0.0.1:N, the address only names the netdev;
 *  - in a page, the WebSocket goes to the relay named by Module.netRelay
 *    (wasm/web/serve.mjs, which starts one passt per connection).
 * The guest sees what QEMU's slirp gives it: 10.0.2.15 by DHCP, the
 * gateway 10.0.2.2 (which is the host's loopback), DNS at 10.0.2.3.
 */

/* The user netdev options this glue translates; anything else is refused. */
const USER_NET_KEYS = ['id', 'net', 'host', 'dns', 'dhcpstart', 'hostfwd',
                       'ipv4', 'ipv6'];
/*
 * passt offers a 65520-byte MTU by default.  An emulated guest reads
 * slowly: with 64 KiB segments its window fills at once, and passt then
 * waits for its 2 s retransmission timer after each window update (a
 * 16 MiB download stalled for 2 s seven times, once for two minutes);
 * with slirp's 1500 bytes the window opens in small steps.
 */
const USER_NET_MTU = ['-m', '1500'];
/* -nic options that belong to the NIC, kept as they are. */
const NIC_KEYS = ['model', 'mac'];

/* QEMU's option syntax: items separated by ',', where ',,' is a comma. */
function userNetSplitOpts(text) {
    const items = [];
    let item = '';
    for (let i = 0; i < text.length; i++) {
        if (text[i] === ',') {
            if (text[i + 1] === ',') {
                item += ',';
                i++;
                continue;
            }
            items.push(item);
            item = '';
            continue;
        }
        item += text[i];
    }
    items.push(item);
    return items;
}

function userNetParseIPv4(text) {
    const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
    if (!m || m.slice(1).some((b) => Number(b) > 255)) {
        return null;
    }
    return m.slice(1).reduce((a, b) => a * 256 + Number(b), 0);
}

function userNetFormatIPv4(n) {
    return [24, 16, 8, 0].map((s) => Math.floor(n / 2 ** s) % 256).join('.');
}

/*
 * The passt command line and the rewritten netdev for one "-nic"/"-netdev"
 * value whose type is user; throws an Error with a message for the user.
 */
function userNetTranslate(option, value, port) {
    const items = userNetSplitOpts(value);
    const kept = [];
    const passt = [];
    let net = '10.0.2.0/24', host, dns, guest;
    let ipv4 = true, ipv6 = true;
    const forwards = [];
    items.forEach((item, i) => {
        const eq = item.indexOf('=');
        const key = eq < 0 ? (i === 0 ? 'type' : item) : item.slice(0, eq);
        const val = eq < 0 ? (i === 0 ? item : '') : item.slice(eq + 1);
        const onOff = () => {
            if (!['on', 'off', 'yes', 'no', 'true', 'false'].includes(val)) {
                throw new Error(`${option} user: ${key}='${val}': expected on or off`);
            }
            return ['on', 'yes', 'true'].includes(val);
        };
        switch (key) {
        case 'type':
            break;
        case 'net': net = val; break;
        case 'host': host = val; break;
        case 'dns': dns = val; break;
        case 'dhcpstart': guest = val; break;
        case 'hostfwd': forwards.push(val); break;
        case 'ipv4': ipv4 = onOff(); break;
        case 'ipv6': ipv6 = onOff(); break;
        default:
            if (key === 'id' || (option.endsWith('nic') && NIC_KEYS.includes(key))) {
                kept.push(`${key}=${val.replace(/,/g, ',,')}`);
                break;
            }
            throw new Error(`${option} user: option '${key}' is not supported: this ` +
                'build\'s user network is passt, which takes ' +
                `${USER_NET_KEYS.concat(option.endsWith('nic') ? NIC_KEYS : []).join(', ')}`);
        }
    });
    if (!ipv4 && !ipv6) {
        throw new Error(`${option} user: ipv4=off and ipv6=off leave no network`);
    }

    /* net=ADDR[/BITS|/MASK], then the addresses slirp derives from it. */
    const slash = net.indexOf('/');
    const maskText = slash < 0 ? '24' : net.slice(slash + 1);
    let base = userNetParseIPv4(slash < 0 ? net : net.slice(0, slash));
    let bits = /^\d+$/.test(maskText) ? Number(maskText) : -1;
    const dotted = userNetParseIPv4(maskText);
    if (dotted !== null) {
        bits = 32 - Math.log2(2 ** 32 - dotted);
    }
    if (base === null || !Number.isInteger(bits) || bits < 8 || bits > 30) {
        throw new Error(`${option} user: net='${net}': expected an IPv4 network, ` +
                        'e.g. 10.0.2.0/24');
    }
    const size = 2 ** (32 - bits);
    base -= base % size;
    const inNet = (name, text, dflt) => {
        if (text === undefined) {
            return base + dflt;
        }
        const a = userNetParseIPv4(text);
        if (a === null || a - a % size !== base) {
            throw new Error(`${option} user: ${name}='${text}' is not an address ` +
                            `in ${userNetFormatIPv4(base)}/${bits}`);
        }
        return a;
    };
    const gw = userNetFormatIPv4(inNet('host', host, 2));
    const ns = userNetFormatIPv4(inNet('dns', dns, 3));
    const addr = userNetFormatIPv4(inNet('dhcpstart', guest, 15));
    if (ipv4) {
        passt.push('-a', addr, '-n', String(bits), '-g', gw,
                   '--map-host-loopback', gw, '-D', ns, '--dns-forward', ns);
    }
    passt.push(...(ipv4 ? ipv6 ? [] : ['-4'] : ['-6']));

    /*
     * hostfwd=[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT.  Without
     * a host address the port listens on 127.0.0.1 only (slirp: on every
     * interface).
     */
    for (const fwd of forwards) {
        const m = /^(tcp|udp)?:([^:]*):(\d+)-([^:]*):(\d+)$/.exec(fwd);
        if (!m || Number(m[3]) > 65535 || Number(m[5]) > 65535) {
            throw new Error(`${option} user: hostfwd='${fwd}': expected ` +
                            '[tcp|udp]:[HOSTADDR]:HOSTPORT-[GUESTADDR]:GUESTPORT');
        }
        if (m[4] && m[4] !== addr) {
            throw new Error(`${option} user: hostfwd='${fwd}': passt forwards to the ` +
                            `guest's address, ${addr}, only`);
        }
        const hostAddr = m[2] || '127.0.0.1';
        passt.push(m[1] === 'udp' ? '-u' : '-t', `${hostAddr}/${m[3]}:${m[5]}`);
    }
    return {
        passt,
        rewritten: [`socket,connect=127.0.0.1:${port}`, ...kept].join(','),
    };
}

/* The options that name a netdev, and whether a value is of type user. */
function userNetIsUser(option, value) {
    if (!['-nic', '--nic', '-netdev', '--netdev'].includes(option)) {
        return false;
    }
    const items = userNetSplitOpts(value);
    return items[0] === 'user' || items.includes('type=user');
}

/*
 * Node.js: a stand-in for the "ws" module's WebSocket, as SOCKFS uses it
 * (readyState and its constants, on(), send(), close()), over a stream.
 */
function userNetPeer(url, stream) {
    const listeners = { open: [], message: [], close: [], error: [] };
    const emit = (event, a, b) => listeners[event].forEach((f) => f(a, b));
    const peer = {
        url,
        CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3,
        readyState: 1,
        on(event, f) {
            (listeners[event] || []).push(f);
            return peer;
        },
        send(data) {
            stream.write(Buffer.from(data));
        },
        close() {
            peer.readyState = peer.CLOSED;
            stream.destroy();
        },
    };
    /* SOCKFS attaches its listeners after it was handed the peer. */
    process.nextTick(() => emit('open'));
    stream.on('data', (chunk) => emit('message', chunk, true));
    stream.on('error', (e) => emit('error', e));
    stream.on('close', () => {
        peer.readyState = peer.CLOSED;
        emit('close');
    });
    return peer;
}

/* Node.js: passt's path, from QEMU_PASST or the PATH, or null. */
function userNetFindPasst() {
    const fs = require('fs');
    const path = require('path');
    const candidates = process.env.QEMU_PASST ? [process.env.QEMU_PASST] :
        (process.env.PATH || '/usr/bin:/bin:/usr/sbin:/sbin').split(':')
            .filter((d) => d).map((d) => path.join(d, 'passt'));
    for (const file of candidates) {
        try {
            fs.accessSync(file, fs.constants.X_OK);
            if (fs.statSync(file).isFile()) {
                return file;
            }
        } catch (e) {
            /* next */
        }
    }
    return null;
}

if (typeof ENVIRONMENT_IS_PTHREAD === 'undefined' || !ENVIRONMENT_IS_PTHREAD) {
    Module.preRun = Module.preRun || [];
    Module.preRun.push(function userNetwork() {
        /* arguments_ and SOCKFS are defined after this file. */
        if (typeof arguments_ === 'undefined' || typeof SOCKFS === 'undefined') {
            return;
        }
        /* As QEMU's own messages name it. */
        const program = String(thisProgram).replace(/^.*\//, '');
        const nets = [];
        for (let i = 0; i + 1 < arguments_.length; i++) {
            if (userNetIsUser(arguments_[i], arguments_[i + 1])) {
                nets.push({ index: i + 1, option: arguments_[i].replace(/^--/, '-') });
                i++;
            }
        }
        if (!nets.length) {
            return;
        }
        const fatal = (message) => {
            if (ENVIRONMENT_IS_NODE) {
                process.stderr.write(`${program}: ${message}\n`);
                process.exit(1);
            }
            err(`${program}: ${message}`);
            throw new Error(message);
        };
        const translated = [];
        nets.forEach((net, n) => {
            try {
                translated.push(userNetTranslate(net.option, arguments_[net.index], n + 1));
            } catch (e) {
                fatal(e.message);
            }
        });
        if (!ENVIRONMENT_IS_NODE) {
            if (typeof Module.netRelay !== 'string') {
                fatal(`${nets[0].option} user: this page has no network relay ` +
                      '(make -C wasm serve NET=1 runs one)');
            }
            /* SOCKFS opens every connection to this URL. */
            Module.websocket = { url: Module.netRelay };
            nets.forEach((net, n) => {
                arguments_[net.index] = translated[n].rewritten;
            });
            return;
        }

        const passtPath = userNetFindPasst();
        if (!passtPath) {
            fatal(`${nets[0].option} user needs passt, the user-mode network stack ` +
                  '(Debian package "passt"), on the PATH or in QEMU_PASST');
        }
        const spawn = require('child_process').spawn;
        const extra = (process.env.QEMU_PASST_OPTS || '').split(/\s+/).filter((w) => w);
        if (!extra.some((w) => /^(-m|--mtu)/.test(w))) {
            extra.push(...USER_NET_MTU);
        }
        const streams = new Map();
        nets.forEach((net, n) => {
            const args = ['--fd', '3', '--foreground', '--quiet',
                          ...translated[n].passt, ...extra];
            const child = spawn(passtPath, args, {
                stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
            });
            let errors = '';
            child.stderr.on('data', (d) => {
                errors = (errors + d).slice(-4096);
            });
            child.on('error', (e) => fatal(`${net.option} user: cannot run ${passtPath}: ${e.message}`));
            /*
             * passt ends by itself only when QEMU closes its socket (and
             * QEMU's exit kills it first): a failure, such as options it
             * refuses or a forwarded port in use, ends QEMU too, as
             * slirp's would.
             */
            child.on('exit', (code, signal) => {
                if (!code && !signal) {
                    return;
                }
                fatal(`${net.option} user: passt ` +
                      `${signal ? `was killed (${signal})` : `exited with status ${code}`}` +
                      `${errors.trim() ? ':\n' + errors.trim() : ''}`);
            });
            process.on('exit', () => child.kill());
            streams.set(n + 1, { stream: child.stdio[3], connected: false });
            arguments_[net.index] = translated[n].rewritten;
        });

        const ops = SOCKFS.websocket_sock_ops;
        const createPeer = ops.createPeer;
        ops.createPeer = function (sock, addr, port) {
            const net = addr === '127.0.0.1' ? streams.get(port) : undefined;
            if (net && !net.connected) {
                net.connected = true;
                return createPeer.call(this, sock,
                                       userNetPeer(`ws://${addr}:${port}`, net.stream), port);
            }
            return createPeer.call(this, sock, addr, port);
        };
    });
}
