# The client side of KDE's idle protocol (org_kde_kwin_idle), which wlroots compositors
# (sway 1.7, Debian 12's) and KWin offer where ext-idle-notify-v1 is not there yet.
# pywayland ships ext-idle-notify-v1 but not this one, so it is generated here, once, by
# pywayland 0.4.19's scanner from plasma-wayland-protocols 1.10.0's idle.xml:
#     python3 -c "from pywayland.scanner.protocol import Protocol; \
#         Protocol.parse_file('idle.xml').output('.', {'wl_seat': 'wayland', \
#         'org_kde_kwin_idle': 'idle', 'org_kde_kwin_idle_timeout': 'idle'})"
# then formatted by ruff, with the imports made absolute (and from the modules that
# define the names, for mypy), two docstrings wrapped and the constructor's result cast.
# The Resource classes stay: the scanner registers the events on them, and a client needs
# the events.
# Imported only when the compositor offers org_kde_kwin_idle (platform.wayland_idle).
#
# SPDX-FileCopyrightText: 2015 Martin Gräßlin
#
# SPDX-License-Identifier: LGPL-2.1-or-later

from __future__ import annotations

from typing import cast

from pywayland.protocol.wayland import WlSeat, WlSeatProxy
from pywayland.protocol_core.argument import Argument
from pywayland.protocol_core.globals import Global
from pywayland.protocol_core.interface import Interface
from pywayland.protocol_core.proxy import Proxy
from pywayland.protocol_core.resource import Resource
from pywayland.scanner.argument import ArgumentType


class OrgKdeKwinIdle(Interface):
    """User idle time manager

    This interface allows to monitor user idle time on a given seat. The
    interface allows to register timers which trigger after no user activity
    was registered on the seat for a given interval. It notifies when user
    activity resumes.

    This is useful for applications wanting to perform actions when the user is
    not interacting with the system, e.g. chat applications setting the user as
    away, power management features to dim screen, etc..
    """

    name = "org_kde_kwin_idle"
    version = 1


class OrgKdeKwinIdleTimeout(Interface):
    name = "org_kde_kwin_idle_timeout"
    version = 1


class OrgKdeKwinIdleResource(Resource[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle


class OrgKdeKwinIdleTimeoutResource(Resource[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout

    @OrgKdeKwinIdleTimeout.event()
    def idle(self) -> None:
        """Triggered when there has not been any user activity in the requested idle time
        interval"""
        self._post_event(0)

    @OrgKdeKwinIdleTimeout.event()
    def resumed(self) -> None:
        """Triggered on the first user activity after an idle event"""
        self._post_event(1)


class OrgKdeKwinIdleProxy(Proxy[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle

    @OrgKdeKwinIdle.request(
        Argument(ArgumentType.NewId, interface=OrgKdeKwinIdleTimeout),
        Argument(ArgumentType.Object, interface=WlSeat),
        Argument(ArgumentType.Uint),
    )
    def get_idle_timeout(self, seat: WlSeatProxy, timeout: int) -> OrgKdeKwinIdleTimeoutProxy:
        """get_idle_timeout

        :param seat:
        :type seat:
            :class:`~pywayland.protocol.wayland.WlSeat`
        :param timeout:
            The idle timeout in msec
        :type timeout:
            `ArgumentType.Uint`
        :returns:
            :class:`~pywayland.protocol.idle.OrgKdeKwinIdleTimeout`
        """
        return cast(
            OrgKdeKwinIdleTimeoutProxy,
            self._marshal_constructor(0, OrgKdeKwinIdleTimeout, seat, timeout),
        )


class OrgKdeKwinIdleTimeoutProxy(Proxy[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout

    @OrgKdeKwinIdleTimeout.request()
    def release(self) -> None:
        """Release the timeout object"""
        self._marshal(0)
        self._destroy()

    @OrgKdeKwinIdleTimeout.request()
    def simulate_user_activity(self) -> None:
        """Simulates user activity for this timeout, behaves just like real user activity on
        the seat"""
        self._marshal(1)


class OrgKdeKwinIdleGlobal(Global[OrgKdeKwinIdle]):
    interface = OrgKdeKwinIdle


class OrgKdeKwinIdleTimeoutGlobal(Global[OrgKdeKwinIdleTimeout]):
    interface = OrgKdeKwinIdleTimeout


OrgKdeKwinIdle._gen_c()
OrgKdeKwinIdle.proxy_class = OrgKdeKwinIdleProxy
OrgKdeKwinIdle.resource_class = OrgKdeKwinIdleResource
OrgKdeKwinIdle.global_class = OrgKdeKwinIdleGlobal


OrgKdeKwinIdleTimeout._gen_c()
OrgKdeKwinIdleTimeout.proxy_class = OrgKdeKwinIdleTimeoutProxy
OrgKdeKwinIdleTimeout.resource_class = OrgKdeKwinIdleTimeoutResource
OrgKdeKwinIdleTimeout.global_class = OrgKdeKwinIdleTimeoutGlobal
