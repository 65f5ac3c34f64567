package demo;

@dev.baton.annotations.WorkflowData
public record Shipment(String country, double weight, boolean express) {}
