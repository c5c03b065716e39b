package io.daybrief.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small invented news collection in the JSON Lines input format, written for the tests. */
final class HandMadeSource {
  static final List<String> ARTICLES = List.of(
      """
      The harbour authority of Maresby closed the northern quay on Monday after a crane collapsed onto two fishing boats.
      Workers at the quay said the crane had been inspected in March and showed no visible faults at the time.
      The mayor of Maresby promised a full inquiry into the collapse and asked the regional government for emergency funds.
      Fishermen who lost their boats gathered outside the town hall to demand compensation for the lost season.
      Engineers from the national safety board arrived in the afternoon to examine the twisted steel frame.""",
      """
      Heavy rain flooded the lower districts of Corvana overnight, forcing hundreds of families to leave their homes.
      Rescue teams used inflatable boats to reach elderly residents trapped on the upper floors of apartment blocks.
      The river Tessel rose more than two metres above its usual level before dawn, according to the weather office.
      Schools across the province stayed closed while volunteers filled sandbags along the eastern embankment.
      Officials warned that further storms could arrive from the west before the weekend.""",
      """
      The central bank of Ostria raised its main interest rate by half a point to curb rising food prices.
      Economists had expected a smaller increase after inflation slowed slightly during the summer months.
      Shares of the largest Ostrian lenders climbed in early trading while the currency gained against the euro.
      The governor told reporters that wages were growing faster than productivity in most industries.
      Small business owners complained that loans would become too expensive for new investment.""",
      """
      A team of archaeologists uncovered a bronze age settlement near the village of Lindqvar during road construction.
      The excavation revealed the foundations of eleven houses, a shared oven and several decorated clay vessels.
      Local historians believe the settlement was abandoned after a fire destroyed most of the wooden buildings.
      The ministry of culture suspended work on the new road until the site has been fully documented.
      Students from the regional university joined the dig and catalogued more than four thousand fragments.""",
      """
      The national football team of Pellandia qualified for the continental championship after a late winning goal.
      Striker Dario Velkan scored in the final minute with a header from a corner taken by the team captain.
      Thousands of supporters celebrated in the main square of the capital until the early hours of the morning.
      The coach praised the defence, which had not conceded a goal in the last five qualifying matches.
      Tickets for the opening match of the tournament sold out within an hour of going on sale.""",
      """
      Doctors at the children's hospital in Brevik reported a sharp rise in cases of a respiratory virus this winter.
      Health officials urged parents to keep children with a fever at home and to wash hands frequently.
      The hospital opened an additional ward and postponed routine operations to make room for young patients.
      Pharmacies in several towns ran short of fever medicine for infants, according to the health ministry.
      Experts said the wave would probably peak within the next two weeks before declining in the spring.""");

  private HandMadeSource() {}

  static Path write(Path directory) throws IOException {
    Path file = directory.resolve("docs.jsonl");
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < ARTICLES.size(); i++) {
      StringWriter line = new StringWriter();
      try (JsonGenerator json = new JsonFactory().createGenerator(line)) {
        json.writeStartObject();
        json.writeStringField("id", "source-" + i);
        json.writeStringField("date", "2021-05-0" + (i + 1));
        json.writeStringField("text", ARTICLES.get(i));
        json.writeEndObject();
      }
      lines.append(line).append('\n');
    }
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
