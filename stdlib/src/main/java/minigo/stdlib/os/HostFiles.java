package minigo.stdlib.os;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.NonReadableChannelException;
import java.nio.channels.NonWritableChannelException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import minigo.interp.natives.GoEnv;

/**
 * The files a Go program opened, over the host's file system: Go's file descriptors 3 and up, one
 * table per running program. Every operation answers as the Linux system call would, with an
 * errno for a failure (os.go makes a *PathError of it, with Go's words). Only the M's thread runs
 * Go code, so a table needs no lock.
 */
final class HostFiles {
    static final int EPERM = 1, ENOENT = 2, EIO = 5, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20,
            EXDEV = 18, EISDIR = 21, EINVAL = 22, ENOTEMPTY = 39;

    // os.OpenFile's flags, Linux's values (as os.go declares them).
    private static final int O_ACCMODE = 0x3, O_WRONLY = 0x1, O_RDWR = 0x2, O_APPEND = 0x400, O_CREATE = 0x40,
            O_EXCL = 0x80, O_TRUNC = 0x200;

    private static final Map<GoEnv, HostFiles> PER_PROGRAM = Collections.synchronizedMap(new WeakHashMap<>());

    /** The table of the program these natives run for. */
    static HostFiles of(GoEnv env) {
        return PER_PROGRAM.computeIfAbsent(env, e -> new HostFiles());
    }

    /** An open file: its channel, and whether every write goes to its end (O_APPEND). */
    private record Open(FileChannel ch, boolean append) {}

    private final Map<Integer, Open> open = new HashMap<>();
    private int nextFd = 3;

    /** open(2): the new descriptor, or -errno. */
    int open(String name, int flag, int perm) {
        Set<OpenOption> opts = new HashSet<>();
        int acc = flag & O_ACCMODE;
        if (acc != O_WRONLY) opts.add(StandardOpenOption.READ);
        if (acc == O_WRONLY || acc == O_RDWR) opts.add(StandardOpenOption.WRITE);
        if ((flag & O_CREATE) != 0) opts.add((flag & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        if ((flag & O_TRUNC) != 0 && acc != 0) opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        try {
            Path p = hostPath(name);
            FileChannel ch = (flag & O_CREATE) != 0
                    ? FileChannel.open(p, opts, permissions(perm))
                    : FileChannel.open(p, opts);
            int fd = nextFd++;
            open.put(fd, new Open(ch, (flag & O_APPEND) != 0));
            return fd;
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) { // InvalidPathException is one
            return -errno(e);
        }
    }

    /** read(2) into b[off, off+len): the count, 0 at the end, or -errno. */
    int read(int fd, byte[] b, int off, int len) {
        Open f = open.get(fd);
        if (f == null) return -EBADF;
        try {
            int n = f.ch.read(ByteBuffer.wrap(b, off, len));
            return n < 0 ? 0 : n;
        } catch (NonReadableChannelException e) {
            return -EBADF;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    /** write(2) of all of b: its length, or -errno. */
    int write(int fd, byte[] b) {
        Open f = open.get(fd);
        if (f == null) return -EBADF;
        try {
            if (f.append) f.ch.position(f.ch.size());
            ByteBuffer buf = ByteBuffer.wrap(b);
            while (buf.hasRemaining()) f.ch.write(buf);
            return b.length;
        } catch (NonWritableChannelException e) {
            return -EBADF;
        } catch (IOException e) {
            return -errno(e);
        }
    }

    /** lseek(2): {new offset, 0} or {0, errno}. */
    long[] seek(int fd, long offset, int whence) {
        Open f = open.get(fd);
        if (f == null) return new long[] {0, EBADF};
        try {
            long base = switch (whence) {
                case 0 -> 0;
                case 1 -> f.ch.position();
                case 2 -> f.ch.size();
                default -> -1;
            };
            if (base < 0 || base + offset < 0) return new long[] {0, EINVAL};
            f.ch.position(base + offset);
            return new long[] {base + offset, 0};
        } catch (IOException e) {
            return new long[] {0, errno(e)};
        }
    }

    /** close(2): 0 or errno. */
    int close(int fd) {
        Open f = open.remove(fd);
        if (f == null) return EBADF;
        try {
            f.ch.close();
            return 0;
        } catch (IOException e) {
            return errno(e);
        }
    }

    /**
     * The host path for a Go file name, as the kernel resolves names: "" names nothing (ENOENT),
     * where Java's Path.of("") is the current directory; and a trailing slash, which Java's Path
     * drops, demands a directory (following a link): an existing non-directory is ENOTDIR.
     */
    static Path hostPath(String name) throws IOException {
        if (name.isEmpty()) throw new NoSuchFileException(name);
        Path p = Path.of(name);
        if (name.endsWith("/") && Files.exists(p) && !Files.isDirectory(p)) throw new NotDirectoryException(name);
        return p;
    }

    /** unlink(2), or rmdir(2) for a directory: 0 or errno. */
    static int remove(String name) {
        try {
            Files.delete(hostPath(name));
            return 0;
        } catch (IOException | InvalidPathException e) {
            return errno(e);
        }
    }

    /** chmod(2) of the permission bits: 0 or errno. */
    static int chmod(String name, int perm) {
        try {
            Files.setPosixFilePermissions(hostPath(name), permissionSet(perm));
            return 0;
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            return errno(e);
        }
    }

    /** mkdir(2): 0 or errno. */
    static int mkdir(String name, int perm) {
        try {
            Files.createDirectory(hostPath(name), permissions(perm));
            return 0;
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            return errno(e);
        }
    }

    /** rename(2): 0 or errno (a file at newpath is replaced). */
    static int rename(String oldpath, String newpath) {
        try {
            Files.move(hostPath(oldpath), hostPath(newpath), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return 0;
        } catch (IOException | InvalidPathException e) {
            return errno(e);
        }
    }

    /**
     * stat(2), or lstat(2) when not following a link: {st_mode, size, mtime seconds, mtime
     * nanoseconds, 0}, or {0, 0, 0, 0, errno}.
     */
    static long[] stat(String name, boolean follow) {
        try {
            follow |= name.endsWith("/"); // "link/" is the directory the link points to
            java.nio.file.LinkOption[] how = follow ? new java.nio.file.LinkOption[0]
                    : new java.nio.file.LinkOption[] {java.nio.file.LinkOption.NOFOLLOW_LINKS};
            Map<String, Object> a = Files.readAttributes(hostPath(name), "unix:mode,size,lastModifiedTime", how);
            java.time.Instant t = ((java.nio.file.attribute.FileTime) a.get("lastModifiedTime")).toInstant();
            return new long[] {((Integer) a.get("mode")) & 0xffffffffL, (Long) a.get("size"), t.getEpochSecond(), t.getNano(), 0};
        } catch (IOException | InvalidPathException | UnsupportedOperationException e) {
            return new long[] {0, 0, 0, 0, errno(e)};
        }
    }

    /** A directory's entries: names (UTF-8) in Go's order, by their bytes, and each one's lstat st_mode. */
    record Listing(byte[][] names, long[] modes) {}

    /**
     * The entries of a directory (not . and ..), each with its lstat mode (0 if that fails, as a
     * dirent of unknown type), in one host call: ReadDir's types then cost no call per entry.
     * Null: see errno.
     */
    static Listing readDir(String name, int[] errno) {
        record Entry(byte[] name, long mode) {}
        java.util.List<Entry> entries = new java.util.ArrayList<>();
        try (java.nio.file.DirectoryStream<Path> dir = Files.newDirectoryStream(hostPath(name))) {
            for (Path p : dir) {
                long mode = 0;
                try {
                    mode = ((Integer) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS)) & 0xffffffffL;
                } catch (IOException | RuntimeException e) {
                    // gone since the listing, or unreadable: no type, as Go's dirent without one
                }
                entries.add(new Entry(p.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8), mode));
            }
        } catch (IOException | InvalidPathException | java.nio.file.DirectoryIteratorException e) {
            errno[0] = errno(e instanceof java.nio.file.DirectoryIteratorException d ? d.getCause() : (Exception) e);
            return null;
        }
        entries.sort((a, b) -> java.util.Arrays.compareUnsigned(a.name(), b.name()));
        byte[][] names = new byte[entries.size()][];
        long[] modes = new long[entries.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = entries.get(i).name();
            modes[i] = entries.get(i).mode();
        }
        return new Listing(names, modes);
    }

    /** The kernel's host name, or "" (uname(2) is what Go asks; this file holds the same name). */
    static String hostname() {
        try {
            return Files.readString(Path.of("/proc/sys/kernel/hostname")).strip();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * {real uid, effective uid, real gid, effective gid}, from /proc/self/status; -1 where unknown.
     * Read once: a JVM does not change its ids.
     */
    static int[] ids() {
        return Ids.IDS;
    }

    private static final class Ids {
        static final int[] IDS = readIds();
    }

    private static int[] readIds() {
        int[] ids = {-1, -1, -1, -1};
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                String[] f = line.split("\\s+");
                if (f.length >= 3 && (f[0].equals("Uid:") || f[0].equals("Gid:"))) {
                    int at = f[0].equals("Uid:") ? 0 : 2;
                    ids[at] = Integer.parseInt(f[1]);
                    ids[at + 1] = Integer.parseInt(f[2]);
                }
            }
        } catch (IOException | RuntimeException e) {
            // as Go on a system without these: -1
        }
        return ids;
    }

    static boolean isDir(String name) {
        try {
            return Files.isDirectory(hostPath(name));
        } catch (IOException | InvalidPathException e) {
            return false;
        }
    }

    /** Permission bits as a creation attribute; the process's umask still applies, as in open(2). */
    private static FileAttribute<Set<PosixFilePermission>> permissions(int perm) {
        return PosixFilePermissions.asFileAttribute(permissionSet(perm));
    }

    /** Unix permission bits (rwxrwxrwx) as the JDK's set. */
    private static Set<PosixFilePermission> permissionSet(int perm) {
        Set<PosixFilePermission> s = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ ... OTHERS_EXECUTE
        for (int i = 0; i < 9; i++) {
            if ((perm & (1 << (8 - i))) != 0) s.add(bits[i]);
        }
        return s;
    }

    /** The errno behind a failure of the JDK's file API. */
    static int errno(Exception e) {
        if (e instanceof NoSuchFileException) return ENOENT;
        if (e instanceof FileAlreadyExistsException) return EEXIST;
        if (e instanceof AccessDeniedException) return EACCES;
        if (e instanceof NotDirectoryException) return ENOTDIR;
        if (e instanceof DirectoryNotEmptyException) return ENOTEMPTY;
        if (e instanceof InvalidPathException || e instanceof IllegalArgumentException) return EINVAL;
        String why = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : String.valueOf(e.getMessage());
        if (why.contains("Is a directory")) return EISDIR;
        if (why.contains("Directory not empty")) return ENOTEMPTY;
        if (why.contains("Invalid cross-device link")) return EXDEV;
        if (why.contains("Invalid argument")) return EINVAL;
        if (why.contains("File exists")) return EEXIST;
        if (why.contains("Not a directory")) return ENOTDIR;
        if (why.contains("No such file")) return ENOENT;
        if (why.contains("Permission denied")) return EACCES;
        if (why.contains("Operation not permitted")) return EPERM;
        return EIO;
    }
}
