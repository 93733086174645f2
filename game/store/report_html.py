"""The results report as one printable HTML page: inline CSS, no scripts, nothing fetched.

Every piece of recorded text is escaped. Right and wrong are shown by a symbol and a word as
well as by colour, as on the game's own screens.
"""

from __future__ import annotations

from html import escape

from game.store.modes import MODE_WORDS
from game.store.report_model import Report, ReportAnswer, local_time, percent_text, seconds_text

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

RESULT_MARKS = {"right": ("right", "✓ right"), "closest": ("closest", "≈ closest, half points"),
                "wrong": ("wrong", "✗ wrong"), "no answer": ("none", "– no answer")}


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _share_cell(right: int, total: int, share: float | None) -> str:
    if share is None:
        return '<span class="skipped">skipped</span>'
    width = round(share * 100)
    return (f'<div class="share"><div class="bar"><span style="width:{width}%"></span></div>'
            f"<b>{percent_text(share)}</b></div><small>{right} of {total}</small>")


def _answer_row(answer: ReportAnswer) -> str:
    css, words = RESULT_MARKS[answer.result]
    bonus = f' <span class="tag">+{answer.streak_bonus} streak</span>' if answer.streak_bonus else ""
    choice = _e(answer.choice) if answer.choice is not None else '<span class="none">–</span>'
    return (f"<tr><td>{_e(answer.player)}</td><td>{choice}</td><td class=\"{css}\">{words}</td>"
            f'<td class="num">{_e(seconds_text(answer.time_taken))}</td><td class="num">{answer.points:,}{bonus}</td></tr>')


def _podium(report: Report) -> str:
    if len(report.players) < 2:
        return ""
    steps = []
    for css, player in zip(("first", "second", "third"), report.players[:3]):
        place = {1: "Gold", 2: "Silver", 3: "Bronze"}.get(player.rank, f"Place {player.rank}")
        steps.append(f'<div class="step {css}"><div class="place">{place}</div><div class="who">{_e(player.name)}</div>'
                     f'<div class="pts">{player.total:,} points</div></div>')
    return f'<div class="podium">{"".join(steps)}</div>'


def render_html(report: Report) -> str:
    s = report.session
    who = "Player" if s.mode == "solo" else "Player or team"
    played = report.played
    meta = " · ".join(part for part in (
        MODE_WORDS.get(s.mode, s.mode), "review round" if s.kind == "review" else "", local_time(s.started_at),
        f"{s.questions_played} of {s.question_count} questions", s.status_words) if part)
    out = [
        "<!doctype html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(report.title)}</title>", f"<style>{STYLE}</style>", "</head>", "<body>",
        f'<header class="banner"><div class="inner">{FLAME}<div><p class="eyebrow">Torch Relay Quiz · results</p>'
        f"<h1>{_e(s.pack_titles)}</h1><p class=\"meta\">{_e(meta)}</p></div></div></header>",
        "<main>",
        _podium(report),
        "<h2>Standings</h2>",
        f'<table><thead><tr><th class="num">#</th><th>{who}</th><th class="num">Points</th>'
        '<th class="num">Right</th><th class="num">Answered</th></tr></thead><tbody>',
    ]
    for p in report.players:
        adjusted = f' <span class="tag">{p.adjusted:+,} by hand</span>' if p.adjusted else ""
        out.append(f'<tr><td class="num">{p.rank}</td><td>{_e(p.name)}</td><td class="num">{p.total:,}{adjusted}</td>'
                   f'<td class="num">{p.right} of {len(played)}</td><td class="num">{p.answered}</td></tr>')
    out.append("</tbody></table>")

    out += ["<h2>How the room did, question by question</h2>",
            '<table><thead><tr><th class="num">#</th><th>Question</th><th>Answer</th><th>Right</th></tr></thead><tbody>']
    for q in report.questions:
        out.append(f'<tr><td class="num">{q.number}</td><td>{_e(q.prompt)}</td><td>{_e(q.answer)}</td>'
                   f"<td>{_share_cell(q.right, len(q.answers), q.share_right)}</td></tr>")
    out.append("</tbody></table>")

    hardest = [q for q in report.hardest(3) if (q.share_right or 0) < 1]
    if hardest:
        out.append("<h2>Worth going over again</h2><table><tbody>")
        for q in hardest:
            out.append(f'<tr><td class="num">{q.number}</td><td>{_e(q.prompt)}<br><small>Answer: '
                       f"<strong>{_e(q.answer)}</strong></small></td><td class=\"num\">{percent_text(q.share_right)} "
                       "right</td></tr>")
        out.append("</tbody></table>")

    out.append("<h2>Every answer</h2>")
    for q in report.questions:
        out.append(f'<section class="question"><h3><span class="n">{q.number}.</span>{_e(q.prompt)}'
                   f'<span class="tag">{_e(q.type)}</span></h3>'
                   f'<p class="answer">Answer: <strong>{_e(q.answer)}</strong></p>')
        if q.skipped:
            out.append('<p class="skipped">Skipped: not scored.</p></section>')
            continue
        out.append('<table><colgroup><col class="who"><col class="choice"><col class="result"><col class="time">'
                   f'<col class="pts"></colgroup><thead><tr><th>{who}</th><th>Answer</th><th>Result</th>'
                   '<th class="num">Time</th><th class="num">Points</th></tr></thead><tbody>')
        out += [_answer_row(a) for a in q.answers]
        out.append("</tbody></table></section>")

    if report.adjustments:
        out += ["<h2>Points given or taken by hand</h2>",
                f'<table><thead><tr><th>{who}</th><th class="num">Points</th><th>Reason</th><th class="num">During</th>'
                "</tr></thead><tbody>"]
        for a in report.adjustments:
            during = f"Q{a.question_number}" if a.question_number else ""
            out.append(f'<tr><td>{_e(a.player)}</td><td class="num">{a.points:+,}</td><td>{_e(a.reason)}</td>'
                       f'<td class="num">{during}</td></tr>')
        out.append("</tbody></table>")

    seed = f", seed {s.seed}" if s.seed is not None else ""
    which = f"Session {s.id}" if s.id else "A session the scores database could not keep"
    out += [f"<footer>{which}{seed}. Made by Torch Relay Quiz on this computer; nothing was sent anywhere."
            "</footer>", "</main>", "</body>", "</html>"]
    return "\n".join(part for part in out if part) + "\n"
