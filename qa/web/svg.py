"""Charts drawn on the server as inline SVG: no chart library, readable without JavaScript.

Every text that comes from the data (labels, months) is escaped here; the result is Markup.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from markupsafe import Markup, escape

PALETTE = ("#2557d6", "#d9480f", "#2b8a3e", "#9c36b5", "#e8590c", "#0b7285", "#5f3dc4", "#c2255c")


def line_chart(months: list[str], series: dict[str, list[int]], width: int = 820, height: int = 220) -> Markup:
    """One line per series over the months (x), counts on y; a legend when there are several."""
    if not months or not series:
        return Markup("")
    left, right, top, bottom = 34, 30, 12, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max(1, *(max(v, default=0) for v in series.values()))
    step = plot_w / max(1, len(months) - 1)

    def x(i: int) -> float:
        return left + (i * step if len(months) > 1 else plot_w / 2)

    def y(v: int) -> float:
        return top + plot_h - v / peak * plot_h

    parts = [
        f'<svg class="chart" viewBox="0 0 {width} {height}" role="img" preserveAspectRatio="xMidYMid meet" '
        f'xmlns="http://www.w3.org/2000/svg">',
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" class="axis"/>',
    ]
    for tick in sorted({0, peak // 2, peak}):
        parts.append(f'<text x="{left - 6}" y="{y(tick) + 4:.1f}" class="tick" text-anchor="end">{tick}</text>')
        parts.append(f'<line x1="{left}" y1="{y(tick):.1f}" x2="{left + plot_w}" y2="{y(tick):.1f}" class="grid"/>')
    every = max(1, math.ceil(len(months) / 8))
    for i, month in enumerate(months):
        if i % every == 0 or i == len(months) - 1:
            parts.append(f'<text x="{x(i):.1f}" y="{height - bottom + 16}" class="tick" text-anchor="middle">'
                         f"{escape(month)}</text>")
    for n, (name, values) in enumerate(series.items()):
        color = PALETTE[n % len(PALETTE)]
        points = " ".join(f"{x(i):.1f},{y(v):.1f}" for i, v in enumerate(values))
        parts.append(f'<polyline points="{points}" fill="none" stroke="{color}" stroke-width="2.2" '
                     f'data-series="{escape(name)}"/>')
        for i, v in enumerate(values):
            if v:
                parts.append(f'<circle cx="{x(i):.1f}" cy="{y(v):.1f}" r="3" fill="{color}">'
                             f"<title>{escape(name)} {escape(months[i])}: {v}</title></circle>")
    if len(series) > 1:
        lx = left
        for n, name in enumerate(series):
            color = PALETTE[n % len(PALETTE)]
            parts.append(f'<rect x="{lx}" y="{height - 14}" width="10" height="10" fill="{color}"/>'
                         f'<text x="{lx + 14}" y="{height - 5}" class="legend">{escape(name)}</text>')
            lx += 30 + text_width(name, 12)
    parts.append("</svg>")
    return Markup("".join(parts))


def text_width(text: str, font_px: int) -> int:
    """Rough rendered width: CJK glyphs are about one em wide, Latin about half."""
    return int(sum(font_px if ord(ch) > 0x1100 else font_px * 0.6 for ch in text))


@dataclass(frozen=True)
class Neighbour:
    label: str
    href: str
    predicate: str
    outgoing: bool
    count: int


def neighbourhood(center: str, neighbours: list[Neighbour], size: int = 400, margin: int = 110) -> Markup:
    """The entity in the middle, related entities on a circle, each edge named by its predicate."""
    if not neighbours:
        return Markup("")
    c = size / 2
    radius = size / 2 - 40
    parts = [f'<svg class="graph" viewBox="{-margin} 0 {size + 2 * margin} {size}" role="img" '
             'xmlns="http://www.w3.org/2000/svg">',
             '<defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" '
             'markerUnits="userSpaceOnUse" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#8a94a8"/>'
             "</marker></defs>"]
    nodes = []
    for i, nb in enumerate(neighbours):
        angle = 2 * math.pi * i / len(neighbours) - math.pi / 2
        nx, ny = c + radius * math.cos(angle), c + radius * math.sin(angle)
        # edges stop short of the node circles so the arrow heads stay visible
        dx, dy = nx - c, ny - c
        dist = math.hypot(dx, dy) or 1
        sx, sy = c + dx / dist * 30, c + dy / dist * 30
        ex, ey = nx - dx / dist * 9, ny - dy / dist * 9
        if not nb.outgoing:
            sx, sy, ex, ey = ex, ey, sx, sy
        parts.append(f'<line x1="{sx:.1f}" y1="{sy:.1f}" x2="{ex:.1f}" y2="{ey:.1f}" class="edge" '
                     f'stroke-width="{min(3.5, 0.8 + nb.count / 3):.1f}" marker-end="url(#arrow)"/>')
        mx, my = c + dx * 0.62, c + dy * 0.62
        parts.append(f'<text x="{mx:.1f}" y="{my - 3:.1f}" class="edge-label" text-anchor="middle">'
                     f"{escape(nb.predicate)}</text>")
        anchor = "middle" if abs(dx) < 20 else ("start" if dx > 0 else "end")
        tx = nx + (0 if anchor == "middle" else (12 if dx > 0 else -12))
        ty = ny + (22 if dy > 0 and anchor == "middle" else (-14 if anchor == "middle" else 4))
        nodes.append(f'<a href="{escape(nb.href)}"><circle cx="{nx:.1f}" cy="{ny:.1f}" r="8" class="node"/>'
                     f'<text x="{tx:.1f}" y="{ty:.1f}" class="node-label" text-anchor="{anchor}">'
                     f"{escape(nb.label)}</text></a>")
    parts.extend(nodes)
    parts.append(f'<circle cx="{c}" cy="{c}" r="28" class="center"/>'
                 f'<text x="{c}" y="{c + 4}" class="center-label" text-anchor="middle">{escape(center[:12])}</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
