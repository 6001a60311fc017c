"""The analyst's report over an output folder: `report.html` (one self-contained page) and
`network.graphml` (who met whom, for Gephi or yEd).

    tables (read the CSV files and the document texts) -> network (networkx graph, layout, SVG,
    GraphML) -> document (each text with its entities marked) -> page (the HTML file)

Built from the CSV tables only: the one coupling to the run is the output folder it wrote.
"""

from pipeline.report.page import build_report

__all__ = ["build_report"]
