"""The Dask engine over TLS: a local cluster that accepts only clients holding a certificate of its CA.

A throwaway CA and certificates are made with the `openssl` command for each run; the scheduler and
its worker require encryption. The run over TLS gives the tables the local engine gives; a client
with a certificate of another CA is turned away; wrong or missing TLS options stop the CLI with
status 2 before any model loads.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("openssl") is None, reason="the openssl command makes the certificates")]

ARTICLE = ROOT / "data" / "raw" / "art06_burkhard_breuer_balard.txt"


def openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True, timeout=120)


def authority(folder: Path, name: str) -> dict[str, Path]:
    """A CA and one certificate it signed for localhost / 127.0.0.1 (used by scheduler, worker and client)."""
    folder.mkdir()
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "1",
            "-subj", f"/CN={name} test CA", cwd=folder)
    openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "node.key", "-out", "node.csr", "-subj", "/CN=localhost",
            cwd=folder)
    (folder / "san.ext").write_text("subjectAltName=DNS:localhost,IP:127.0.0.1\n")
    openssl("x509", "-req", "-in", "node.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out",
            "node.pem", "-days", "1", "-extfile", "san.ext", cwd=folder)
    return {"ca_file": folder / "ca.pem", "cert": folder / "node.pem", "key": folder / "node.key"}


@pytest.fixture(scope="module")
def certificates(tmp_path_factory) -> dict[str, dict[str, Path]]:
    root = tmp_path_factory.mktemp("tls")
    return {"ours": authority(root / "ours", "ours"), "theirs": authority(root / "theirs", "theirs")}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(ARTICLE, folder / "un article.txt")
    (folder / "vide.txt").write_text("")
    return folder


def tables(out: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(out.glob("*.csv"))}


def test_a_tls_cluster_gives_the_local_tables_and_refuses_a_stranger(certificates, corpus, pipeline, tmp_path):
    import dask
    from distributed import Client, LocalCluster
    from distributed.security import Security

    from pipeline.run.engines import dask_security
    from pipeline.run.job import extract

    ours = certificates["ours"]
    security = Security(tls_ca_file=str(ours["ca_file"]), tls_scheduler_cert=str(ours["cert"]),
                        tls_scheduler_key=str(ours["key"]), tls_worker_cert=str(ours["cert"]),
                        tls_worker_key=str(ours["key"]), tls_client_cert=str(ours["cert"]),
                        tls_client_key=str(ours["key"]), require_encryption=True)
    extract(corpus, tmp_path / "local", pipeline)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, protocol="tls://", host="127.0.0.1",
                      security=security, dashboard_address=None) as cluster:
        address = cluster.scheduler_address
        assert address.startswith("tls://")
        extract(corpus, tmp_path / "tls", rules=ROOT / "rules", engine="dask", scheduler=address, security=ours)
        with dask.config.set({"distributed.comm.timeouts.connect": "5s"}):
            stranger = dask_security(address, **certificates["theirs"])  # a certificate of another CA
            with pytest.raises((OSError, TimeoutError)):
                Client(address, security=stranger, timeout="5s")
            with pytest.raises((OSError, TimeoutError, TypeError, ValueError)):
                Client(address.replace("tls://", "tcp://"), timeout="5s")  # no TLS at all
    assert tables(tmp_path / "tls") == tables(tmp_path / "local")
    assert b"Burkhard" in tables(tmp_path / "tls")["officials.csv"]


@pytest.mark.parametrize(("options", "message"), [
    (["--scheduler", "tls://127.0.0.1:8786"], "needs --tls-ca-file, --tls-cert and --tls-key"),
    (["--scheduler", "tcp://127.0.0.1:8786", "--tls-cert", "x.pem"], "need a tls:// scheduler address"),
    (["--scheduler", "tls://127.0.0.1:8786", "--tls-ca-file", "absent.pem", "--tls-cert", "absent.pem",
      "--tls-key", "absent.key"], "absent.pem: no such certificate or key file"),
])
def test_tls_options_that_do_not_fit_stop_with_status_2(corpus, tmp_path, options, message):
    result = subprocess.run([sys.executable, str(ROOT / "cli.py"), "extract", str(corpus), "--out",
                             str(tmp_path / "out"), "--engine", "dask", *options],
                            cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2, result.stderr
    assert message in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()
