"""The results report as one printable HTML page: inline CSS, no scripts, nothing fetched.

Every piece of recorded text is escaped. Right and wrong are shown by a symbol and a word as
well as by colour, as on the game's own screens.
"""

from __future__ import annotations

from html import escape

from game import i18n
from game.i18n import N_, _, ngettext, pgettext
from game.i18n.formats import format_number
from game.store.report_model import Report, ReportAnswer, percent_text, seconds_text, session_line

STYLE = """
:root { --night: #14213d; --gold: #f4b400; --flame: #e8590c; --ember: #c92a2a; --paper: #fffdf8;
        --ink: #1f2430; --muted: #5c6270; --line: #e6e1d6; --right: #2b8a3e; --wrong: #c92a2a;
        --close: #b7791f; --silver: #adb5bd; --bronze: #c8814a; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: var(--paper); color: var(--ink);
       font: 15px/1.45 "Segoe UI", "Noto Sans", "DejaVu Sans", Helvetica, Arial, sans-serif; }
main { max-width: 980px; margin: 0 auto; padding: 0 28px 40px; }
.banner { background: linear-gradient(120deg, var(--night) 0%, #24345e 70%, #3b2a4d 100%); color: #fff;
          padding: 28px 0; margin-bottom: 28px; border-bottom: 6px solid var(--gold); }
.banner .inner { max-width: 980px; margin: 0 auto; padding: 0 28px; display: flex; gap: 22px; align-items: center; }
.banner svg { flex: none; width: 54px; height: 84px; }
.eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .14em; font-size: 12px; color: var(--gold); }
h1 { margin: 4px 0 6px; font-size: 30px; line-height: 1.15; }
.meta { margin: 0; color: #d5dbea; }
h2 { font-size: 19px; margin: 34px 0 12px; padding-bottom: 6px; border-bottom: 2px solid var(--line); }
.podium { display: flex; gap: 14px; align-items: flex-end; margin: 6px 0 8px; }
.step { flex: 1; border-radius: 10px 10px 4px 4px; padding: 14px 16px; color: var(--night); background: #f1ede4;
        border-top: 6px solid var(--silver); min-width: 0; }
.step.first { border-top-color: var(--gold); padding-top: 30px; background: #fff4d6; order: 2; }
.step.second { border-top-color: var(--silver); padding-top: 20px; order: 1; }
.step.third { border-top-color: var(--bronze); order: 3; }
.step .place { font-size: 12px; text-transform: uppercase; letter-spacing: .1em; color: var(--muted); }
.step .who { font-size: 20px; font-weight: 700; overflow-wrap: anywhere; }
.step .pts { font-size: 15px; }
table { width: 100%; border-collapse: collapse; }
th { text-align: left; font-size: 12px; text-transform: uppercase; letter-spacing: .06em; color: var(--muted);
     padding: 6px 8px; border-bottom: 2px solid var(--line); }
td { padding: 7px 8px; border-bottom: 1px solid var(--line); vertical-align: top; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.share { display: flex; align-items: center; gap: 8px; min-width: 170px; }
.bar { flex: 1; height: 10px; background: #ece7dc; border-radius: 5px; overflow: hidden; }
.bar span { display: block; height: 100%; background: linear-gradient(90deg, var(--flame), var(--gold)); }
.share b { width: 4.5em; text-align: right; font-variant-numeric: tabular-nums; }
.question { border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin: 14px 0;
            background: #fff; break-inside: avoid; page-break-inside: avoid; }
.question h3 { margin: 0 0 4px; font-size: 16px; }
.question h3 .n { color: var(--flame); margin-right: 6px; }
.question .answer { margin: 0 0 10px; color: var(--muted); }
.question table { table-layout: fixed; }
.question col.who { width: 27%; } .question col.choice { width: 31%; } .question col.result { width: 20%; }
.question col.time { width: 9%; } .question col.pts { width: 13%; }
.question .answer strong { color: var(--ink); }
.skipped { color: var(--muted); font-style: italic; }
.right { color: var(--right); font-weight: 600; }
.wrong { color: var(--wrong); }
.closest { color: var(--close); font-weight: 600; }
.none { color: var(--muted); }
.tag { display: inline-block; font-size: 11px; padding: 1px 7px; border-radius: 9px; background: #ece7dc;
       color: var(--muted); margin-left: 6px; vertical-align: 2px; }
footer { margin-top: 40px; color: var(--muted); font-size: 12px; border-top: 1px solid var(--line); padding-top: 10px; }
@media print {
  body { background: #fff; font-size: 11pt; }
  .banner { margin-bottom: 14pt; }
  main { max-width: none; padding: 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  @page { margin: 14mm; }
}
"""

FLAME = """<svg viewBox="0 0 54 84" aria-hidden="true">
<path d="M27 2 C34 16 46 22 44 40 C43 52 35 58 27 58 C18 58 10 52 10 41 C10 30 18 26 20 16 C25 24 24 30 28 33
 C30 24 30 14 27 2 Z" fill="#f4b400"/>
<path d="M27 24 C31 32 37 36 36 45 C35 52 31 55 27 55 C22 55 18 51 18 45 C18 39 22 36 23 31 C26 36 26 38 28 40
 C29 34 29 29 27 24 Z" fill="#e8590c"/>
<path d="M16 60 H38 L33 82 H21 Z" fill="#d5dbea"/><rect x="13" y="57" width="28" height="6" rx="2" fill="#fff"/>
</svg>"""

# Each result's style and its words, with a symbol so colour is never the only sign.
RESULT_MARKS = {"right": ("right", N_("✓ right")), "closest": ("closest", N_("≈ closest, half points")),
                "wrong": ("wrong", N_("✗ wrong")), "no answer": ("none", N_("– no answer"))}
# The podium's places.
PLACES = {1: N_("Gold"), 2: N_("Silver"), 3: N_("Bronze")}


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _share_cell(right: int, total: int, share: float | None) -> str:
    if share is None:
        skipped = _e(_("skipped"))
        return f'<span class="skipped">{skipped}</span>'
    width = round(share * 100)
    counted = _e(_("{right} of {total}").format(right=right, total=total))
    return (f'<div class="share"><div class="bar"><span style="width:{width}%"></span></div>'
            f"<b>{_e(percent_text(share))}</b></div><small>{counted}</small>")


def _answer_row(answer: ReportAnswer) -> str:
    css, words = RESULT_MARKS[answer.result]
    bonus = ""
    if answer.streak_bonus:
        # Translators: the bonus points a streak of right answers earned, beside a player's points
        streak = _e(_("+{points} streak").format(points=format_number(answer.streak_bonus)))
        bonus = f' <span class="tag">{streak}</span>'
    choice = _e(answer.choice) if answer.choice is not None else '<span class="none">–</span>'
    return (f"<tr><td>{_e(answer.player)}</td><td>{choice}</td><td class=\"{css}\">{_e(_(words))}</td>"
            f'<td class="num">{_e(seconds_text(answer.time_taken))}</td>'
            f'<td class="num">{_e(format_number(answer.points))}{bonus}</td></tr>')


def _podium(report: Report) -> str:
    if len(report.players) < 2:
        return ""
    steps = []
    for css, player in zip(("first", "second", "third"), report.players[:3]):
        place = _(PLACES[player.rank]) if player.rank in PLACES else _("Place {rank}").format(rank=player.rank)
        points = ngettext("{points} point", "{points} points", player.total).format(points=format_number(player.total))
        steps.append(f'<div class="step {css}"><div class="place">{_e(place)}</div><div class="who">{_e(player.name)}'
                     f'</div><div class="pts">{_e(points)}</div></div>')
    return f'<div class="podium">{"".join(steps)}</div>'


def render_html(report: Report) -> str:
    """The report as one page, in the current language (its words, numbers and dates)."""
    s = report.session
    who = _e(pgettext("column", "Player") if s.mode == "solo" else _("Player or team"))
    played = report.played
    # Every heading and label of the page, in the current language and escaped.
    words = {
        "eyebrow": _e(_("Torch Relay Quiz · results")), "standings": _e(_("Standings")),
        "answered": _e(_("Answered")), "room": _e(_("How the room did, question by question")),
        "question": _e(pgettext("column", "Question")), "again": _e(_("Worth going over again")),
        "every": _e(_("Every answer")), "skipped": _e(_("Skipped: not scored.")), "result": _e(_("Result")),
        "time": _e(_("Time")), "by_hand": _e(_("Points given or taken by hand")), "reason": _e(_("Reason")),
        "during": _e(_("During")),
    }
    answer_heading = _e(pgettext("column", "Answer"))
    points_heading = _e(pgettext("column", "Points"))
    right_heading = _e(pgettext("column", "Right"))
    out = [
        "<!doctype html>", f'<html lang="{_e(_page_language())}">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        f'<header class="banner"><div class="inner">{FLAME}<div><p class="eyebrow">'
        f"{words['eyebrow']}</p>"
        f"<h1>{_e(s.pack_titles)}</h1><p class=\"meta\">{_e(session_line(s))}</p></div></div></header>",
        "<main>",
        _podium(report),
        f"<h2>{words['standings']}</h2>",
        f'<table><thead><tr><th class="num">#</th><th>{who}</th><th class="num">{points_heading}</th>'
        f'<th class="num">{right_heading}</th><th class="num">{words["answered"]}</th></tr></thead><tbody>',
    ]
    for p in report.players:
        adjusted = ""
        if p.adjusted:
            # Translators: points a teacher gave or took by hand, beside a player's total, such as "+500 by hand"
            by_hand = _e(_("{points} by hand").format(points=_signed(p.adjusted)))
            adjusted = f' <span class="tag">{by_hand}</span>'
        right = _e(_("{right} of {total}").format(right=p.right, total=len(played)))
        out.append(f'<tr><td class="num">{p.rank}</td><td>{_e(p.name)}</td>'
                   f'<td class="num">{_e(format_number(p.total))}{adjusted}</td>'
                   f'<td class="num">{right}</td>'
                   f'<td class="num">{p.answered}</td></tr>')
    out.append("</tbody></table>")

    out += [f"<h2>{words['room']}</h2>",
            f'<table><thead><tr><th class="num">#</th><th>{words["question"]}</th>'
            f"<th>{answer_heading}</th><th>{right_heading}</th></tr></thead><tbody>"]
    for q in report.questions:
        out.append(f'<tr><td class="num">{q.number}</td><td>{_e(q.prompt)}</td><td>{_e(q.answer)}</td>'
                   f"<td>{_share_cell(q.right, len(q.answers), q.share_right)}</td></tr>")
    out.append("</tbody></table>")

    hardest = [q for q in report.hardest(3) if (q.share_right or 0) < 1]
    if hardest:
        out.append(f"<h2>{words['again']}</h2><table><tbody>")
        for q in hardest:
            answer = _("Answer: {answer}").format(answer="\0")
            shown = _e(answer).replace("\0", f"<strong>{_e(q.answer)}</strong>")
            share = _e(_("{share} right").format(share=percent_text(q.share_right)))
            out.append(f'<tr><td class="num">{q.number}</td><td>{_e(q.prompt)}<br><small>{shown}</small></td>'
                       f'<td class="num">{share}</td></tr>')
        out.append("</tbody></table>")

    out.append(f"<h2>{words['every']}</h2>")
    for q in report.questions:
        answer = _e(_("Answer: {answer}").format(answer="\0")).replace("\0", f"<strong>{_e(q.answer)}</strong>")
        out.append(f'<section class="question"><h3><span class="n">{q.number}.</span>{_e(q.prompt)}'
                   f'<span class="tag">{_e(q.type)}</span></h3>'
                   f'<p class="answer">{answer}</p>')
        if q.skipped:
            out.append(f'<p class="skipped">{words["skipped"]}</p></section>')
            continue
        out.append('<table><colgroup><col class="who"><col class="choice"><col class="result"><col class="time">'
                   f'<col class="pts"></colgroup><thead><tr><th>{who}</th><th>{answer_heading}</th>'
                   f'<th>{words["result"]}</th><th class="num">{words["time"]}</th>'
                   f'<th class="num">{points_heading}</th></tr></thead><tbody>')
        out += [_answer_row(a) for a in q.answers]
        out.append("</tbody></table></section>")

    if report.adjustments:
        out += [f"<h2>{words['by_hand']}</h2>",
                f'<table><thead><tr><th>{who}</th><th class="num">{points_heading}</th><th>{words["reason"]}</th>'
                f'<th class="num">{words["during"]}</th></tr></thead><tbody>']
        for a in report.adjustments:
            during = _e(_("Q{number}").format(number=a.question_number)) if a.question_number else ""
            out.append(f'<tr><td>{_e(a.player)}</td><td class="num">{_e(_signed(a.points))}</td>'
                       f'<td>{_e(a.reason)}</td><td class="num">{during}</td></tr>')
        out.append("</tbody></table>")

    if s.id and s.seed is not None:
        footer = _("Session {number}, seed {seed}. Made by Torch Relay Quiz on this computer; nothing was sent "
                   "anywhere.").format(number=s.id, seed=s.seed)
    elif s.id:
        footer = _("Session {number}. Made by Torch Relay Quiz on this computer; nothing was sent anywhere.").format(
            number=s.id)
    else:
        footer = _("A session the scores database could not keep. Made by Torch Relay Quiz on this computer; "
                   "nothing was sent anywhere.")
    out += [f"<footer>{_e(footer)}</footer>", "</main>", "</body>", "</html>"]
    return "\n".join(part for part in out if part) + "\n"


def _signed(points: int) -> str:
    """Points given (+) or taken (-), with the language's thousands separator."""
    return ("+" if points > 0 else "") + format_number(points)


def _page_language() -> str:
    """The page's `lang`: the language its words are in (the pseudo language's are English's)."""
    code = i18n.language()
    return i18n.SOURCE if code == i18n.PSEUDO else code
