package org.newskg.extract.time;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Date arithmetic of "N units after/before": pure, no parse. */
@Tag("fast")
class IntervalDatesTest {

    @Test
    void shiftsByUnitsAtLeastAsCoarseAsTheDate() {
        assertEquals("2019-07", IntervalDates.shift("2019-09", -2, 'M'));
        assertEquals("2018-11", IntervalDates.shift("2019-01", -2, 'M'));
        assertEquals("2017", IntervalDates.shift("2019", -2, 'Y'));
        assertEquals("2019-09-13", IntervalDates.shift("2019-09-10", 3, 'D'));
        assertEquals("2019-08-27", IntervalDates.shift("2019-09-10", -2, 'W'));
    }

    @Test
    void refusesUnitsFinerThanTheDate() {
        assertNull(IntervalDates.shift("2019-09", -3, 'D'));
        assertNull(IntervalDates.shift("2019", -2, 'M'));
        assertNull(IntervalDates.shift("2019-SU", -1, 'Y'));
    }
}
