"""Screenshots of the projector in a game played on phones, to look at and for the docs.

    python docs/phones_projector_shots.py OUT_DIR [--size 1920x1080] [--phones 30] [--keyboard 0]
                                          [--projector] [--short-names] [--fullscreen]

Plays a classroom game through the real window (any SDL video driver: the dummy one, or an X
server such as Xvfb) with the phones' server on this machine. The phones are simulated inside
the game: they join the roster and their answers go into the server's inbox, which the window
drains as it does for real phones. Saves one PNG per screen: the team screen with the Phones
option, the lobby (a few phones asleep), the rules, a question with most of the room locked
in, the reveal with each tile's share, the standings and the podium. Nothing is written
outside a temporary folder except the PNGs.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LONG_NAMES = ("Maximilian-Alexander", "Zoë Ærø Łukasz", "Σπύρος Λούης", "Анастасия Иванова", "Anne-Sophie B.",
              "Bartholomew J. K.", "Ngozi Chukwuemeka", "Siobhán Ní Bhriain", "Jean-Baptiste Dupré",
              "Wolfgang Amadeus M.", "Ivy", "Oluwaseun Adeyemi", "Kristóf Szabó", "Dagný Sigurðardóttir",
              "Mohammed Al-Farsi", "Priyanka Raghunathan", "Tom", "Leilani Kahananui", "Bogdan Wiśniewski",
              "Hannah-Louise Ward", "Yusuf Demirtaş", "Charlotte O'Brien", "Rafael Gonçalves", "Aiko Watanabe",
              "Fionnuala Dunne", "Mateusz Kowalczyk", "Esperanza Jiménez", "Tūī Ngata", "Grace W.",
              "Ximena Villanueva", "Thandiwe Mokoena", "Björn Lindqvist", "Ana", "Kwame Mensah-Bonsu",
              "Aleksandra Nowak", "Émile Lefèvre", "Saoirse Kavanagh", "Ravi Shankar Iyer", "Lotte de Vries",
              "Santiago Fernández", "Mei-Ling Chen", "Oscar Eriksson", "Amara Okafor", "Jakub Dvořák",
              "Isabella Rossi", "Tariq Haddad", "Freya MacLeod", "Luca Bianchi", "Nadia Benali", "Pablo Ortega",
              "Keira Walsh", "Hiroshi Tanaka", "Zainab Bello", "Elias Becker", "Mira Horvat", "Sven Olsen",
              "Leah Goldberg", "Omar Farouk", "Clara Jansen", "Dmitri Volkov")
SHORT_NAMES = ("Ana", "Ben", "Cleo", "Dev", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jo", "Kai", "Lea", "Max", "Nia",
               "Oto", "Pia", "Quin", "Rae", "Sol", "Tia", "Uma", "Vik", "Wen", "Xia", "Yan", "Zed", "Abe", "Bea",
               "Cal", "Dot", "Ed", "Flo", "Gil", "Hal", "Ida", "Jem", "Kit", "Lou", "Mo", "Ned", "Ola", "Pat",
               "Ray", "Sam", "Ted", "Una", "Val", "Wes", "Yul", "Zoe", "Ari", "Bo", "Cy", "Di", "Em", "Fi", "Gio",
               "Hu", "Io", "Jai")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--phones", type=int, default=30)
    parser.add_argument("--keyboard", type=int, default=0, help="keyboard teams playing beside the phones")
    parser.add_argument("--projector", action="store_true")
    parser.add_argument("--short-names", action="store_true")
    parser.add_argument("--fullscreen", action="store_true", help="fullscreen on the display's screen")
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    os.environ["RELAYQUIZ_HOME"] = tempfile.mkdtemp(prefix="relayquiz-shots-")
    width, height = (int(v) for v in args.size.lower().split("x"))

    import dataclasses

    import pygame

    from game.net import PhoneLink
    from game.net.server import PhoneAnswered, PhoneJoined
    from game.packs.library import load_library
    from game.quiz import Mode, SessionConfig, State
    from game.store import Settings, Store
    from game.wiring import SessionRecorder
    from game.ui.app import App
    from game.ui.handover import PackChoice, TeamSetup
    from game.ui.input.room import PHONES_BESIDE, PHONES_ONLY
    from game.ui.look.sound import SoundBank
    from game.ui.services import Services

    names = (SHORT_NAMES if args.short_names else LONG_NAMES)[: args.phones]
    library = load_library()
    packs = tuple(e.pack for e in library.entries if e.shipped)
    teams = ("Front row", "Back row", "Window side", "Door side")
    players = teams[: max(2, args.keyboard)]
    config = SessionConfig(packs=packs, players=players, mode=Mode.CLASSROOM, question_count=4, seed=5,
                           types=("choice", "truefalse"))
    store = Store()
    services = Services(settings=dataclasses.replace(Settings(), projector=args.projector, mute=True),
                        save_settings=lambda s: None, sound=SoundBank(), store=store,
                        library_loader=lambda: library,
                        recorder_factory=lambda session: SessionRecorder(store, session))
    link = PhoneLink(code="482913")
    try:
        link.start(None, 8765)
    except RuntimeError:
        link.start(None, 0)
    services.phones = link
    app = App(services, start="teams", handover=TeamSetup(config, PackChoice()))
    app.open((width, height), fullscreen=args.fullscreen)
    args.out.mkdir(parents=True, exist_ok=True)
    frame = 1 / 60

    def step(seconds: float = frame, events=()) -> None:
        pending = list(events)
        for _ in range(max(1, round(seconds / frame))):
            app.step(frame, pending)
            pending = []

    def shot(name: str) -> None:
        step(0.5)                      # past the fade between screens
        pygame.image.save(app.surface, str(args.out / f"{name}.png"))
        print(args.out / f"{name}.png")

    def key(code: int) -> pygame.event.Event:
        return pygame.event.Event(pygame.KEYDOWN, key=code, mod=0, unicode="", scancode=0)

    try:
        scene = app.scene
        mode = PHONES_BESIDE if args.keyboard else PHONES_ONLY
        scene.form.row("phones").select(mode)
        scene._option("phones")
        ids = []
        for name in names[: len(names) * 2 // 3]:
            phone = link.roster.join(name, None)
            link.inbox.put(PhoneJoined(phone.id))
            ids.append(phone.id)
        step(0.2)
        shot("phones-teams")
        step(frame, [key(pygame.K_RETURN)])
        for name in names[len(names) * 2 // 3:]:
            phone = link.roster.join(name, None)
            link.inbox.put(PhoneJoined(phone.id))
            ids.append(phone.id)
        for phone_id in ids[3:5]:
            link.roster.set_connected(phone_id, False)       # two phones asleep
        step(0.2)
        step(frame, [key(pygame.K_RIGHT)])
        step(frame, [key(pygame.K_RIGHT)])
        shot("phones-lobby")
        step(frame, [key(pygame.K_RETURN)])
        shot("phones-rules")
        step(frame, [key(pygame.K_RETURN)])
        session = app.scene.session
        seats = {v.id: v.seat for v in link.players()}
        for question_round in range(2):
            question = session.current
            step(1.0)
            answering = ids[: len(ids) * 4 // 5] if question_round == 0 else ids
            for index, phone_id in enumerate(answering):
                seat = seats.get(phone_id)
                if seat is None:
                    continue
                right = question.correct_option
                choice = right if index % 3 else (right + 1 + index % 2) % len(question.options)
                link.roster.claim_answer(phone_id, question.number)
                link.inbox.put(PhoneAnswered(phone_id, question.number, choice))
                step(0.05 * (index % 4))     # answers come in over a few seconds
            step(0.3)
            if question_round == 0:
                shot("phones-question")
            while app.scene.name == "question":
                step(frame, [key(pygame.K_r)])
            step(0.6)
            if question_round == 0:
                shot("phones-reveal")
            step(frame, [key(pygame.K_RETURN)])
            if app.scene.name == "standings":
                step(3.0)
                if question_round == 0:
                    shot("phones-standings")
                step(frame, [key(pygame.K_RETURN)])
        while session.state is not State.FINISHED:
            step(frame, [key(pygame.K_RETURN)])
            if app.scene.name == "question":
                step(frame, [key(pygame.K_r)])
        step(6.0)
        shot("phones-podium")
    finally:
        app.close()
        link.stop()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
