package dev.ao.local.executor;

import java.util.BitSet;

/**
 * Hands each local pod its own loopback address (127.0.0.2 …), the way a node gives each pod an IP:
 * every runner listens on the same port, and the operator reaches it at the pod's IP.
 */
public final class LoopbackPool {
  private final BitSet used = new BitSet(256);

  public synchronized String acquire() {
    int n = used.nextClearBit(2);
    if (n > 254) {
      throw new IllegalStateException("more than 253 local pods at once");
    }
    used.set(n);
    return "127.0.0." + n;
  }

  public synchronized void release(String ip) {
    used.clear(Integer.parseInt(ip.substring(ip.lastIndexOf('.') + 1)));
  }
}
