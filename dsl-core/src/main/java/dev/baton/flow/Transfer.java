package dev.baton.flow;

import java.util.List;

/**
 * What one state does to the data flowing through it: the shapes and variables it sends along
 * each outgoing edge, and its output when it ends its scope.
 *
 * @param edges where the data goes next
 * @param terminalOutput the output when the state ends its scope ({@link Shape#NOTHING} otherwise)
 */
record Transfer(List<Edge> edges, Shape terminalOutput) {

  /**
   * One outgoing edge.
   *
   * @param target the next state's name
   * @param shape the data sent
   * @param variables the variables after the transition
   */
  record Edge(String target, Shape shape, Variables variables) {}
}
