"""The game window: pygame-ce front end with the Olympic-torch theme.

Nothing here starts pygame at import time. A map for whoever adds a screen:

    launch.play(WindowOptions(...)) -> int       what `relayquiz play` runs (settings, store, crash screen)
    autoplay.autoplay(services, AutoplayOptions(...)) -> AutoplayResult   a whole session, simulated

    app.App(services, start="title", handover=None)     owns the window, the game clock, the scene
        .open(size, fullscreen) / .run() / .close()      the real loop (time measured, passed in)
        .step(dt, events) -> bool                        one frame with a given time step (tests)
        .dispatch(action)                                one action, as if typed (tests, autoplay)
    scene.Scene                                          enter(handover), handle(action), update(dt),
                                                         draw(surface), layout(screen), describe(),
                                                         still_for() -> seconds the screen stays as drawn
                                                         (0: animating; idle.STILL; idle.blink_wait)
        .finish(outcome, handover)                       leave; flow.FLOW names the next scene
        input_mode (menu | answer | text), answer_keys, help_keys   what the keys mean here
    flow.FLOW {(scene, outcome): scene}, flow.SCENES     the one table of the whole flow
    handover.PackChoice, Match, HallFocus                what travels between scenes
    actions.*                                            what players mean: Navigate, Confirm, Back,
                                                         Answer(team, choice), Pause, TypeText, ...
    input.InputMap.translate(event) -> [Action]          the only place that reads pygame events;
                                                         SOLO_KEYS, PARTY_ZONES per team
    services.Services                                    theme, fonts, text, sound, settings
                                                         (update_settings saves), store, library,
                                                         clock, notice, start_recording(session)
    theme.Theme / theme_for(...)                         named colours, fonts, sizes, timings;
                                                         NORMAL, HIGH_CONTRAST; .with_(field=...);
                                                         .lane_colour(slot), .lane_edge(slot); contrast_ratio
    layout.Screen(w, h).px(f) / .text_px(theme, f) / .min_text_px(theme); rel, split_rows,
                                                         split_columns, grid (relative rectangles)
    text.TextRenderer.fit(text, (w, h), px=..., ...) -> FittedText   wrap, then shrink, cached;
                                                         .fits / .overflow; .audit for tests;
                                                         .shared_px(texts, box, px=...) one size for texts
                                                         side by side; .trial(...) fit without the audit;
                                                         score_text(n) "1 000", points_text(n) "+1 000"
    teamcolours.colour_slots(names) / player_colours(players)   each team's lane colour: by its
                                                         name ("Red" runs in red), then the free ones
    widgets.Form with Button, Choice, Toggle, TextField  keyboard, mouse and touch forms
    overlays.ConfirmDialog, HelpOverlay, draw_pause_card, Notice, keycap
    chrome.draw_header, draw_key_hints, body_rect        the frame every menu screen shares
    torch.TorchTimer, flame.Flame/Embers/still_flame, tiles.AnswerTiles, track.RelayTrack,
    podium.Podium, fx (glows, panels, shapes, icons), sound.SoundBank + synth (tick, lock_in,
    correct, wrong, fanfare)
"""
