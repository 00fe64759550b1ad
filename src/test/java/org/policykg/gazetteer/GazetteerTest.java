package org.policykg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.policykg.SeedStore;
import org.policykg.model.Jurisdiction;
import org.policykg.model.Level;

class GazetteerTest {

    private static final Gazetteer G = SeedStore.GAZETTEER;

    @Test
    @Timeout(10) // the chain went round for ever when the area row replaced the city
    void aCityWithoutCountiesStaysACityAndItsChainEnds() {
        // GB/T 2260 lists 东莞市 (441900) again among the county-level areas with itself as parent.
        for (String code : List.of("441900", "442000", "460400")) {
            Jurisdiction city = G.byCode(code).orElseThrow();
            assertEquals(Level.CITY, city.level(), code);
            assertEquals(List.of(code, code.substring(0, 2) + "0000", Jurisdiction.NATIONAL_CODE),
                    G.chain(city).stream().map(Jurisdiction::code).toList());
        }
    }

    @Test
    void aDistrictsChainClimbsToTheNation() {
        Jurisdiction xialu = G.byCode("420204").orElseThrow();
        assertEquals(List.of("下陆区", "黄石市", "湖北省", Gazetteer.NATIONAL_NAME), G.chain(xialu).stream().map(Jurisdiction::name).toList());
        assertEquals("黄石市", G.ancestorAt(xialu, Level.CITY).orElseThrow().name());
    }
}
