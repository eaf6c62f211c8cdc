"""Memory of extract_quotes and score_frames with ``workers=2``: the peak proportional set size (PSS:
shared pages counted once across processes) of the calling process plus its forked workers, sampled
every 0.5 s from /proc (Linux).

    MEDIA_SHARED_CORPORA=../shared/corpora python bench/bench_memory_workers.py 100000
"""
import os
import sys
import threading
import time

sys.path.insert(0, str(__import__("pathlib").Path(__file__).resolve().parent.parent))
from bench.common import bbc_articles
from helpers.frames import score_frames
from helpers.quotes import extract_quotes


def pss(pid):
    try:
        for line in open(f"/proc/{pid}/smaps_rollup"):
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return 0.0
    return 0.0

def children(pid):
    out = []
    for t in os.listdir(f"/proc/{pid}/task"):
        try:
            out += [int(x) for x in open(f"/proc/{pid}/task/{t}/children").read().split()]
        except OSError:
            pass
    return out

peak = {"total": 0.0, "self": 0.0}
stop = False
def sample():
    me = os.getpid()
    while not stop:
        kids = children(me)
        tot = pss(me) + sum(pss(k) for k in kids)
        peak["total"] = max(peak["total"], tot)
        peak["self"] = max(peak["self"], pss(me))
        time.sleep(0.5)



def main() -> None:
    global stop
    articles = bbc_articles(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000)
    print("PSS after load (MB)", round(pss(os.getpid())))
    threading.Thread(target=sample, daemon=True).start()
    for name, func in (("extract_quotes", extract_quotes), ("score_frames", score_frames)):
        peak.update(total=0.0, self=0.0)
        t = time.time()
        result = func(articles, workers=2)
        seconds = time.time() - t
        print(f"{name} (workers=2): {seconds:.1f} s; peak PSS parent + workers {peak['total']:.0f} MB, "
              f"parent {peak['self']:.0f} MB")
        del result
    stop = True


if __name__ == "__main__":
    main()
