"""The game window: pygame-ce front end with the Olympic-torch theme.

Nothing here starts pygame at import time. The window is built in rooms, each importing only
from the rooms listed before it:

    input/       actions, keymap (pygame events -> actions), zones, room, teacher_keys
    kit/         theme, fonts, text, layout, fx, widgets, textbox, overlays, chrome, ...
    look/        torch, flame, track, podium, tiles, backdrop, teamcolours, sound, synth
    classroom/   teacher (the desk), teamplay, teamview, banner, projector
    scenes/      the play screens: title, packs, setup, teams, intro, question, reveal,
                 standings, podium, summary, hall, settings
    editor/      the pack editor's screens: generate, review, pack_editor, question_editor
    (here)       the app core: app, scene, flow, handover, services, launch, autoplay, crash

Only scenes (play and editor) and the app core import the quiz rules and the editor model.

A map for whoever adds a screen:

    launch.play(WindowOptions(...)) -> int       what `relayquiz play` runs (settings, store, crash screen)
    autoplay.autoplay(services, AutoplayOptions(...)) -> AutoplayResult   a whole session, simulated

    app.App(services, start="title", handover=None)     owns the window, the game clock, the scene
        .open(size, fullscreen) / .run() / .close()      the real loop (time measured, passed in)
        .step(dt, events) -> bool                        one frame with a given time step (tests)
        .dispatch(action)                                one action, as if typed (tests, autoplay)
    scene.Scene                                          enter(handover), handle(action), update(dt),
                                                         draw(surface), layout(screen), describe(),
                                                         still_for() -> seconds the screen stays as drawn
                                                         (0: animating; kit.idle.STILL; kit.idle.blink_wait);
                                                         frame_rate (30 for a flame), draw_frame(surface, kept)
                                                         -> changed rectangles (kit.layers.StaticLayer)
        .finish(outcome, handover)                       leave; flow.FLOW names the next scene
        input_mode (menu | answer | text), answer_keys, help_keys   what the keys mean here
    flow.FLOW {(scene, outcome): scene}, flow.SCENES     the one table of the whole flow
    handover.PackChoice, Match, HallFocus, ...           what travels between scenes
    input.actions.*                                      what players mean: Navigate, Confirm, Back,
                                                         Answer(team, choice), Pause, TypeText, ...
    input.keymap.InputMap.translate(event) -> [Action]   the only place that reads pygame events;
                                                         SOLO_KEYS, PARTY_ZONES per team
    services.Services                                    theme, fonts, text, sound, settings
                                                         (update_settings saves), store, library,
                                                         clock, notice, start_recording(session)
    kit.theme.Theme / theme_for(...)                     named colours, fonts, sizes, timings;
                                                         NORMAL, HIGH_CONTRAST; .with_(field=...);
                                                         .lane_colour(slot), .lane_edge(slot); contrast_ratio
    kit.layout.Screen(w, h).px(f) / .text_px(theme, f) / .min_text_px(theme); rel, split_rows,
                                                         split_columns, grid (relative rectangles)
    kit.text.TextRenderer.fit(text, (w, h), px=..., ...) -> FittedText   wrap, then shrink, cached;
                                                         .fits / .overflow; .audit for tests;
                                                         .shared_px(texts, box, px=...) one size for texts
                                                         side by side; .trial(...) fit without the audit;
                                                         score_text(n) "1 000", points_text(n) "+1 000"
    look.teamcolours.colour_slots(names) / player_colours(players)   each team's lane colour: by its
                                                         name ("Red" runs in red), then the free ones
    kit.widgets.Form with Button, Choice, Toggle, TextField   keyboard, mouse and touch forms
    kit.overlays.ConfirmDialog, HelpOverlay, draw_pause_card, Notice, keycap
    kit.chrome.draw_header, draw_key_hints, body_rect    the frame every menu screen shares
    look.torch.TorchTimer, look.flame.Flame/Embers/still_flame, look.tiles.AnswerTiles,
    look.track.RelayTrack, look.podium.Podium, kit.fx (glows, panels, shapes, icons),
    look.sound.SoundBank + look.synth (tick, lock_in, correct, wrong, fanfare)
"""
