package org.policykg.extract;

import java.util.List;

/**
 * Folds the written variants of a unit's name to one key, by the abbreviations government texts
 * use for the same office: 市监局 = 市场监管局 = 市场监督管理局, 民企 = 民营企业, 人资局 = 人力资源局,
 * 人民政府 = 政府, 办公室 = 办 … Each rule replaces a written form with one chosen form; no rule maps
 * two different offices together.
 */
final class UnitNameFolder {

    private record Fold(String from, String to, boolean suffixOnly) {}

    private static final List<Fold> FOLDS = List.of(
            new Fold("人民政府", "政府", false),
            new Fold("市场监督管理局", "市场监管局", false),
            new Fold("市监局", "市场监管局", false),
            new Fold("民企", "民营企业", false),
            new Fold("人资局", "人力资源局", false),
            new Fold("政务服务和大数据管理局", "政务服务和大数据局", false),
            new Fold("东楚投资集团", "东楚集团", false),
            new Fold("医疗保障局", "医保局", false),
            new Fold("办公室", "办", true));

    String fold(String name) {
        String key = name;
        for (Fold f : FOLDS) {
            if (f.suffixOnly()) {
                if (key.endsWith(f.from())) key = key.substring(0, key.length() - f.from().length()) + f.to();
            } else {
                key = key.replace(f.from(), f.to());
            }
        }
        return key;
    }
}
