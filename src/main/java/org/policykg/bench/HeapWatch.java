package org.policykg.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The heap a run held, from the collector's own notifications: the most in use (just before a
 * collection, or now) and the most left after a collection, nearer what the run keeps alive.
 * The pools' own peaks come at different moments, so their sum overstates the first (it can pass
 * the {@code -Xmx} cap). Watches from its creation to the JVM's end (a bench main's life).
 */
final class HeapWatch {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .map(MemoryPoolMXBean::getName)
            .collect(Collectors.toUnmodifiableSet());
    private final AtomicLong inUse = new AtomicLong();
    private final AtomicLong afterCollection = new AtomicLong();

    HeapWatch() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(this::collected, null, null);
        }
    }

    private void collected(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) return;
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        inUse.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
        afterCollection.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
    }

    private long heapUsed(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream()
                .filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed())
                .sum();
    }

    /** "peak heap in use N MB, at most M MB after a collection". */
    String describe() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        return String.format("peak heap in use %,d MB, at most %,d MB after a collection",
                Math.max(inUse.get(), now) >> 20, afterCollection.get() >> 20);
    }
}
