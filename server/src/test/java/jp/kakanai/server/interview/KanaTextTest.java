package jp.kakanai.server.interview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KanaTextTest {

    @Test
    void katakanaWithLongVowelAndMiddleDotIsKeptAsTyped() {
        assertThat(KanaText.check("ヤマダ タロウ")).isEqualTo(new KanaText.Kana("ヤマダ タロウ"));
        assertThat(KanaText.check("スミス・ジョーン")).isEqualTo(new KanaText.Kana("スミス・ジョーン"));
    }

    @Test
    void hiraganaAndHalfWidthKatakanaBecomeKatakanaWithOneSpaceBetweenWords() {
        assertThat(KanaText.check("  やまだ　　はなこ ")).isEqualTo(new KanaText.Kana("ヤマダ ハナコ"));
        assertThat(KanaText.check("ﾔﾏﾀﾞ ｼﾞﾛｳ")).isEqualTo(new KanaText.Kana("ヤマダ ジロウ"));
    }

    @Test
    void kanjiLettersAndDigitsAreRefusedNamingTheFirstOne() {
        assertThat(KanaText.check("山田 タロウ")).isEqualTo(new KanaText.NotKana(
                "フリガナはカタカナかひらがなで入力してください（「山」は使えません）。"));
        assertThat(KanaText.check("ヤマダ Taro")).isInstanceOf(KanaText.NotKana.class);
        assertThat(KanaText.check("ヤマダ1")).isInstanceOf(KanaText.NotKana.class);
    }

    @Test
    void emptyOrOverlongKanaIsRefused() {
        assertThat(KanaText.check("   ")).isEqualTo(new KanaText.NotKana("フリガナを入力してください。"));
        assertThat(KanaText.check("ア".repeat(101))).isEqualTo(new KanaText.NotKana("フリガナは100文字までです。"));
    }
}
