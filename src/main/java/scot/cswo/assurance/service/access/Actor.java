package scot.cswo.assurance.service.access;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import scot.cswo.assurance.domain.access.Role;

/**
 * The signed-in person making a change and the clock that dates it: what a service that changes the
 * framework checks (their role) and stamps on each change (their account and the time).
 */
public record Actor(Access access, Clock clock) {

    /** Refuses, naming what the person tried to do, unless their role allows it. */
    public void require(Role needed, String action) {
        access.require(needed, action);
    }

    public String account() {
        return access.identity().account();
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
