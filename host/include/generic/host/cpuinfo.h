/*
 * No host specific cpu identification.
 * SPDX-License-Identifier: GPL-2.0-or-later
 */
