package org.policykg.extract;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.policykg.model.UnitKind;

/**
 * Tells a unit's kind from its name. The order matters: 市企业上市工作领导小组成员单位 is a collective
 * before it is a coordination body; 团市委 is a mass organisation, not a party organ.
 */
final class UnitKindClassifier {

    private static final Map<UnitKind, Pattern> RULES = new LinkedHashMap<>();

    static {
        RULES.put(UnitKind.COLLECTIVE, Pattern.compile("^(各|相关|有关|全市|全区|全县)|成员单位|各部门|各单位|各平台|高校$"));
        RULES.put(UnitKind.STREET_OFFICE, Pattern.compile("(街办|街道办事处|街道办|街道|镇政府|乡政府)$"));
        RULES.put(UnitKind.COORDINATION_BODY, Pattern.compile("领导小组|指挥部|联席会议|工作专班|项目办$"));
        RULES.put(UnitKind.MASS_ORGANISATION, Pattern.compile("^团[省市区县]委$|妇联|残联|工会|工商联|科协|红十字会|侨联|文联"));
        RULES.put(UnitKind.PARTY_ORGAN, Pattern.compile("[省市区县]委|纪委|监委|党委|组织部|宣传部|统战部|政法委|编办|文明办|党史|党校"));
        RULES.put(UnitKind.JUDICIAL_ORGAN, Pattern.compile("法院|检察院"));
        RULES.put(UnitKind.BRANCH_OF_HIGHER_AGENCY, Pattern.compile("(分局|支行|分行|大队|海关|社保处|分中心)$"));
        RULES.put(UnitKind.ZONE_COMMITTEE, Pattern.compile("管委会|管理委员会|园区$|开发区$|工业园$|高新区$|商务区"));
        RULES.put(UnitKind.STATE_OWNED_COMPANY, Pattern.compile("公司|集团|投资|银行"));
    }

    UnitKind classify(String name) {
        return RULES.entrySet().stream()
                .filter(e -> e.getValue().matcher(name).find())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(UnitKind.GOVERNMENT_DEPARTMENT);
    }
}
