"""``flora-sandbox`` refuses a public address and names the switch that would allow it."""

from __future__ import annotations

import pytest

from flora_desktop.sandbox.__main__ import main


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.10"])
def test_refusal_names_the_cli_switch(host: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--host", host, "--port", "0"]) == 2
    captured = capsys.readouterr()
    assert "not a loopback address" in captured.err
    assert "--allow-non-loopback" in captured.err
    assert captured.out == ""
