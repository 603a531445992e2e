/*
 * SPDX-FileCopyrightText: 2026 The mynacard authors
 * SPDX-License-Identifier: Apache-2.0
 */
package dev.mynacard.sim.state;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The exclusive lock on a card state file, held around every read-change-write of it, by every
 * process: an OS file lock ({@link FileChannel#lock()}) on the sibling file {@code .NAME.lock}
 * (the state file itself is replaced by each save, so it cannot carry the lock), plus a lock per
 * file within this JVM, since the OS lock belongs to the whole process. Re-entrant in one thread.
 * The lock file is never deleted: a process waiting on it would otherwise lock a file nobody else
 * uses.
 */
public final class StateFileLock implements AutoCloseable {
    private static final Map<Path, Holder> HOLDERS = new ConcurrentHashMap<>();

    private final Holder holder;
    private boolean released;

    /** This JVM's lock on one state file, and the OS lock while some thread holds it. */
    private static final class Holder {
        final ReentrantLock inJvm = new ReentrantLock();
        FileChannel channel;
        FileLock osLock;
    }

    private StateFileLock(Holder holder) {
        this.holder = holder;
    }

    /**
     * Waits until this thread holds the lock of {@code stateFile}; creates the directory (owner
     * only) and the lock file when missing.
     */
    public static StateFileLock acquire(Path stateFile) throws IOException {
        Path target = stateFile.toAbsolutePath().normalize();
        Holder holder = HOLDERS.computeIfAbsent(target, path -> new Holder());
        holder.inJvm.lock();
        if (holder.inJvm.getHoldCount() > 1) {
            return new StateFileLock(holder);
        }
        try {
            Path lockFile = AtomicFiles.siblingWithDirectory(target, "." + target.getFileName() + ".lock");
            holder.channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            holder.osLock = holder.channel.lock();
        } catch (IOException | RuntimeException e) {
            closeChannel(holder);
            holder.inJvm.unlock();
            throw e;
        }
        return new StateFileLock(holder);
    }

    /** Releases this hold; the OS lock goes with the thread's last one. */
    @Override
    public void close() throws IOException {
        if (released) {
            return;
        }
        released = true;
        try {
            if (holder.inJvm.getHoldCount() == 1) {
                try {
                    holder.osLock.release();
                } finally {
                    closeChannel(holder);
                }
            }
        } finally {
            holder.inJvm.unlock();
        }
    }

    private static void closeChannel(Holder holder) throws IOException {
        FileChannel channel = holder.channel;
        holder.channel = null;
        holder.osLock = null;
        if (channel != null) {
            channel.close();
        }
    }
}
