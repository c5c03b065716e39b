package io.daybrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DatelinesTest {

  @Test
  void aWireDatelineBeforeTheLeadIsStripped() {
    assertEquals("A new type of flu has infected two children .",
        Datelines.strip("WASHINGTON ( Reuters ) - A new type of flu has infected two children ."));
    assertEquals("Food prices have been rising worldwide .",
        Datelines.strip("NEW YORK ( CNNMoney ) -- Food prices have been rising worldwide ."));
    assertEquals("Wael Ghonim is a symbol of the revolution .",
        Datelines.strip("( CNN ) -- Wael Ghonim is a symbol of the revolution ."));
    assertEquals("Rescuers reached the town.", Datelines.strip("PORT-AU-PRINCE (AP) \u2014 Rescuers reached the town."));
  }

  @Test
  void aBylineAndTimestampBeforeTheDatelineGoWithIt() {
    assertEquals("A strain of flu never seen before has killed up to 60 people .",
        Datelines.strip("By Jane Roe , Health and Science Editor MEXICO CITY | Fri Apr 24 , 2009 7:50 pm EDT"
            + " MEXICO CITY ( Reuters ) - A strain of flu never seen before has killed up to 60 people ."));
    assertEquals("Health officials are watching an outbreak .",
        Datelines.strip("Sat Apr 25 , 2009 12:51 am BST ( Reuters ) - Health officials are watching an outbreak ."));
  }

  @Test
  void parenthesesInsideASentenceAreLeftAlone() {
    // Before the credit stands a lower-case word: a sentence, not a place name.
    String party = "Members of the ruling party ( NDP ) - and others - resigned on Saturday .";
    assertEquals(party, Datelines.strip(party));
    String aside = "Officials in the capital ( Cairo ) said the curfew holds .";
    assertEquals(aside, Datelines.strip(aside), "no dash after the parentheses");
    String lowerCredit = "CAIRO ( via email ) - the letter said more .";
    assertEquals(lowerCredit, Datelines.strip(lowerCredit), "a credit is capitalised");
    String hyphenated = "CAIRO ( Reuters ) -based analysts disagree .";
    assertEquals(hyphenated, Datelines.strip(hyphenated), "the dash stands alone");
    String noParentheses = "WASHINGTON - The vote is on Tuesday .";
    assertEquals(noParentheses, Datelines.strip(noParentheses));
  }

  @Test
  void aLongPrefixIsASentenceAndADatelineAloneStays() {
    StringBuilder longPrefix = new StringBuilder();
    for (int i = 0; i <= Datelines.MAX_PREFIX_WORDS; i++) {
      longPrefix.append("word ");
    }
    String sentence = longPrefix + "CAIRO ( Reuters ) - text follows .";
    assertEquals(sentence, Datelines.strip(sentence));
    // Nothing after the dash: the boilerplate filter decides about the line, not this rule.
    assertEquals("WASHINGTON ( Reuters ) -", Datelines.strip("WASHINGTON ( Reuters ) -"));
  }
}
