import pytest

from game.quiz.clock import Countdown, FakeClock


def test_fake_clock_moves_only_when_advanced():
    clock = FakeClock(5.0)
    assert clock.now() == 5.0
    clock.advance(1.25)
    assert clock.now() == 6.25


def test_fake_clock_refuses_to_go_backwards():
    with pytest.raises(ValueError):
        FakeClock().advance(-1)


def test_countdown_counts_down_from_its_budget():
    clock = FakeClock()
    countdown = Countdown(clock, 20)
    clock.advance(7.5)
    assert countdown.elapsed() == 7.5
    assert countdown.left() == 12.5
    assert not countdown.expired()


def test_countdown_expires_at_the_deadline_and_stays_at_zero():
    clock = FakeClock()
    countdown = Countdown(clock, 10)
    clock.advance(10)
    assert countdown.expired()
    clock.advance(50)
    assert countdown.left() == 0
    assert countdown.elapsed() == 10


def test_pause_excludes_exactly_the_paused_time_however_often():
    clock = FakeClock()
    countdown = Countdown(clock, 30)
    for _ in range(100):
        clock.advance(0.1)
        countdown.pause()
        clock.advance(3.0)
        countdown.resume()
    assert countdown.elapsed() == pytest.approx(10.0, abs=1e-9)
    assert countdown.left() == pytest.approx(20.0, abs=1e-9)


def test_paused_countdown_does_not_move():
    clock = FakeClock()
    countdown = Countdown(clock, 20)
    clock.advance(4)
    countdown.pause()
    clock.advance(1000)
    assert countdown.left() == 16
    assert not countdown.running


def test_added_time_extends_the_budget():
    clock = FakeClock()
    countdown = Countdown(clock, 20)
    clock.advance(18)
    countdown.add(10)
    assert countdown.left() == 12
    assert countdown.budget == 30


def test_added_time_must_be_positive():
    with pytest.raises(ValueError):
        Countdown(FakeClock(), 20).add(0)
