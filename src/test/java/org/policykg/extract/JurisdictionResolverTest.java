package org.policykg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.policykg.SeedStore;

class JurisdictionResolverTest {

    private static final JurisdictionResolver resolver = new JurisdictionResolver(SeedStore.GAZETTEER);

    @Test
    void aTieBetweenNamesakesGoesToTheSmallerCodeInEveryRun() {
        // 朝阳区 of 北京 (110105) and of 长春 (220104) score alike when neither city is named
        assertEquals("110105", resolver.resolve("朝阳区召开专题会议，部署重点任务。", "", null).orElseThrow().jurisdiction().code());
        assertEquals("110105", resolver.named("朝阳区", "区级", "部署重点任务。").orElseThrow().jurisdiction().code());
    }

    @Test
    void theCityNamedBesideADistrictDecidesBetweenNamesakes() {
        assertEquals("220104", resolver.resolve("长春市朝阳区召开专题会议，部署重点任务。", "", null).orElseThrow().jurisdiction().code());
    }
}
