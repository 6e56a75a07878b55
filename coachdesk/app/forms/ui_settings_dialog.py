# Generated from ui/settings_dialog.ui by coachdesk/app/build_forms.py — do not edit.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QListWidget, QStackedWidget, QVBoxLayout)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(700, 480)
        self.outer = QVBoxLayout(SettingsDialog)
        self.outer.setObjectName(u"outer")
        self.body = QHBoxLayout()
        self.body.setObjectName(u"body")
        self.pageList = QListWidget(SettingsDialog)
        self.pageList.setObjectName(u"pageList")
        self.pageList.setMaximumSize(QSize(190, 16777215))

        self.body.addWidget(self.pageList)

        self.pageStack = QStackedWidget(SettingsDialog)
        self.pageStack.setObjectName(u"pageStack")

        self.body.addWidget(self.pageStack)


        self.outer.addLayout(self.body)

        self.messageLabel = QLabel(SettingsDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.outer.addWidget(self.messageLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.outer.addWidget(self.buttonBox)


        self.retranslateUi(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"CoachDesk \u2014 Settings", None))
#if QT_CONFIG(accessibility)
        self.pageList.setAccessibleName(QCoreApplication.translate("SettingsDialog", u"Settings pages", None))
#endif // QT_CONFIG(accessibility)
        self.messageLabel.setText("")
    # retranslateUi

