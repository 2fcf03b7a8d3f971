#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
# busybox udhcpc's hook in the test guest: configure $interface from the
# lease (udhcpc's variables: ip, mask, router, dns, mtu).
case $1 in
deconfig)
    ip addr flush dev "$interface"
    ip link set "$interface" up
    ;;
bound | renew)
    ip addr flush dev "$interface"
    ip addr add "$ip/${mask:-24}" dev "$interface"
    # The MTU the DHCP server offers (runner/net-pre.js has passt offer
    # 1500 bytes).
    [ -z "$mtu" ] || ip link set "$interface" mtu "$mtu" 2>/dev/null || true
    ip link set "$interface" up
    for r in $router; do
        ip route add default via "$r" dev "$interface"
        break
    done
    : >/etc/resolv.conf
    for d in $dns; do
        echo "nameserver $d" >>/etc/resolv.conf
    done
    ;;
esac
exit 0
