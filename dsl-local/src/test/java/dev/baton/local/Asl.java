package dev.baton.local;

import com.fasterxml.jackson.databind.JsonNode;
import dev.baton.json.AslReader;
import dev.baton.local.engine.Json;
import dev.baton.model.StateMachine;

/** Test helpers: definitions and JSON written with single quotes for readability. */
final class Asl {

  private Asl() {}

  /** Reads an ASL definition written with ' for ". */
  static StateMachine machine(String singleQuoted) {
    return AslReader.read(singleQuoted.replace('\'', '"'));
  }

  /** Parses JSON written with ' for ". */
  static JsonNode json(String singleQuoted) {
    return Json.parse(singleQuoted.replace('\'', '"'));
  }

  /** A machine with one state named S (given as its JSON body), ending there. */
  static StateMachine single(String stateBody) {
    return machine("{'StartAt':'S','States':{'S':" + stateBody + "}}");
  }
}
