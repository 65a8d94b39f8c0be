package minigo.stdlib.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import minigo.interp.natives.NativeProvider;
import minigo.interp.natives.NativeRegistry;
import minigo.interp.sched.Sched;
import minigo.interp.values.GoString;
import minigo.stdlib.Args;

/**
 * time's zone natives: which zone is in effect at an instant, by the host's time zone database
 * (java.time), for Local and LoadLocation's Locations. Local is the host's zone (TZ or the system
 * setting), or UTC under {@code --faketime}, as on the Go playground.
 */
public final class ZoneNatives implements NativeProvider {
    @Override
    public void register(NativeRegistry r) {
        r.register("time.zoneLookup", a -> lookup(Args.s(a[0]).toJava(), Args.i(a[1])));
        r.register("time.zoneExists", a -> {
            try {
                ZoneId.of(Args.s(a[0]).toJava());
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        });
    }

    private static ZoneId zone(String host) {
        if (host.equals("Local")) {
            Sched s = Sched.current();
            return s != null && s.fakeTime() ? ZoneOffset.UTC : ZoneId.systemDefault();
        }
        return ZoneId.of(host);
    }

    /** {abbreviation, offset in seconds, start, end} of the zone period holding unix seconds. */
    private static Object[] lookup(String host, long unix) {
        ZoneId id = zone(host);
        ZoneRules rules = id.getRules();
        Instant at = Instant.ofEpochSecond(Math.max(Math.min(unix, Instant.MAX.getEpochSecond()), Instant.MIN.getEpochSecond()));
        int offset = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition prev = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        long start = prev == null ? Long.MIN_VALUE : prev.toEpochSecond();
        long end = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        return new Object[] {GoString.fromJava(abbreviation(id, at, offset)), (long) offset, start, end};
    }

    /**
     * The zone's abbreviation as the tz database writes it: "UTC", "CET", "PST"; where Java only
     * knows a GMT offset, tz's numeric form ("+03", "+0530").
     */
    static String abbreviation(ZoneId id, Instant at, int offset) {
        if (id instanceof ZoneOffset || id.getId().equals("UTC") || id.getId().equals("Etc/UTC")) {
            if (offset == 0) return "UTC";
        }
        String name = DateTimeFormatter.ofPattern("zzz", Locale.US).format(ZonedDateTime.ofInstant(at, id));
        if (name.startsWith("GMT") && name.length() > 3 || name.startsWith("UTC") && name.length() > 3) {
            int m = Math.abs(offset) / 60;
            String s = (offset < 0 ? "-" : "+") + String.format("%02d", m / 60);
            return m % 60 == 0 ? s : s + String.format("%02d", m % 60);
        }
        return name;
    }
}
