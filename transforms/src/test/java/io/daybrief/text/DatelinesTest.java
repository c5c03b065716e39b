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
  void aPlaceInTitleCaseOrWithTheDayIsADatelineToo() {
    assertEquals("Thousands of protesters spilled into the streets .",
        Datelines.strip("Cairo , Egypt ( CNN ) -- Thousands of protesters spilled into the streets ."));
    assertEquals("The United States will review its aid .",
        Datelines.strip("Washington ( CNN ) - The United States will review its aid ."));
    assertEquals("Egypt 's order to cull all pigs is a mistake .",
        Datelines.strip("ROME , April 29 ( Reuters ) - Egypt 's order to cull all pigs is a mistake ."));
    assertEquals("Malaysia 's stock index fell .",
        Datelines.strip("KUALA LUMPUR , April 27 | Mon Apr 27 , 2009 4:19 am BST KUALA LUMPUR , April 27 ( Reuters ) -"
            + " Malaysia 's stock index fell ."));
  }

  @Test
  void aLivePagesUpdateNoteIsStripped() {
    assertEquals("A senior official said Mubarak was not forthcoming .",
        Datelines.strip("( Updated 7:40 p.m. ( 0240 in Egypt ) ) A senior official said Mubarak was not forthcoming ."));
    assertEquals("Egyptian banks will be closed for two days .",
        Datelines.strip("-- ( Update 7:00 p.m. in Cairo , 12:00 p.m. ET ) - Egyptian banks will be closed for two days ."));
    String untimed = "( Repeats to more subscribers ) The story goes on .";
    assertEquals(untimed, Datelines.strip(untimed), "a note without a time of day stays");
  }

  @Test
  void anAcronymDefinedInParenthesesIsNoDateline() {
    String defined = "Disasters Emergency Committee ( DEC ) - an umbrella group - launched an appeal .";
    assertEquals(defined, Datelines.strip(defined));
    String longName = "The World Health Organization ( WHO ) - the UN agency - raised its alert .";
    assertEquals(longName, Datelines.strip(longName), "more than three capitalised words are a name, not a place");
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
