"""Headless Chromium (Debian's `chromium` and `chromium-driver`) driven by selenium, for the phone page."""

from __future__ import annotations

import shutil
import tempfile

import pytest

NEEDS = ("the phone page's browser tests need Debian's chromium and chromium-driver packages "
         "(apt-get install chromium chromium-driver) and selenium (pip install selenium)")

CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")


def chromium_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        pytest.skip(NEEDS)
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip(NEEDS)
    return browser, driver


def open_browser(width: int = 390, height: int = 844):
    """A fresh headless Chromium with its own empty profile, sized like a phone's screen."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    browser, driver = chromium_paths()
    profile = tempfile.mkdtemp(prefix="relayquiz-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={profile}")
    options.add_argument(f"--window-size={width},{height}")
    options.add_argument("--hide-scrollbars")
    chrome = webdriver.Chrome(service=Service(executable_path=driver), options=options)
    chrome.set_window_size(width, height)
    # The page's own viewport exactly this size, as on the device (the window adds its frame).
    chrome.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    chrome.profile_dir = profile
    return chrome


def close_browser(chrome) -> None:
    profile = getattr(chrome, "profile_dir", None)
    try:
        chrome.quit()
    finally:
        if profile:
            shutil.rmtree(profile, ignore_errors=True)
